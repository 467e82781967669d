import { createHash } from 'node:crypto';
import type { IngestOutcome } from '../ingestMedia.ts';
import type { SniffedMedia } from '../sniffMediaType.ts';
import { isImageFormat, sniffMediaType, SNIFF_BYTES } from '../sniffMediaType.ts';
import type { ImageSize } from './ImageSize.ts';
import { readImageSize } from './readImageSize.ts';

/** One file of an image set upload, in upload order. */
export interface ImageUpload {
  /** The file name the sender gave (shown in errors and to annotators); may be empty. */
  name: string;
  bytes: Uint8Array;
}

/** An image of a set that passed its checks. */
export interface CheckedImage {
  upload: ImageUpload;
  sniffed: SniffedMedia;
  size: ImageSize;
  sha256: string;
}

/** How errors name an image: its 1-based position and its file name. */
export function describeImage(index: number, name: string): string {
  return name ? `image ${index + 1} ('${name}')` : `image ${index + 1}`;
}

/** Sniffs and reads one image of a set; a refusal names the image. */
export function checkImageFile(
  upload: ImageUpload,
  index: number,
): CheckedImage | Extract<IngestOutcome, { ok: false }> {
  const which = describeImage(index, upload.name);
  const sniffed = sniffMediaType(upload.bytes.subarray(0, SNIFF_BYTES));
  if (!sniffed.ok || !isImageFormat(sniffed.value.container)) {
    const what = sniffed.ok
      ? ` is ${sniffed.value.container.toUpperCase()} media, not an image`
      : `: ${sniffed.error}`;
    return {
      ok: false,
      code: 'unsupported_media_type',
      message: `${which}${what}; an image set takes PNG, JPEG and WebP images only`,
    };
  }
  const size = readImageSize(upload.bytes, sniffed.value.container);
  if (!size.ok) return { ok: false, code: 'unreadable_media', message: `${which}: ${size.error}` };
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  return { upload, sniffed: sniffed.value, size: size.value, sha256 };
}
