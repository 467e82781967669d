import type { Result } from '../../../shared/schema/result.ts';
import { fail } from '../../../shared/schema/result.ts';
import type { ImageSize } from './ImageSize.ts';
import { readJpegSize } from './readJpegSize.ts';
import { readPngSize } from './readPngSize.ts';
import { readWebpSize } from './readWebpSize.ts';

/** Still image formats Concord accepts as items. */
export type ImageFormat = 'png' | 'jpeg' | 'webp';

/**
 * Longest side accepted, in pixels. Masks are as large as their image, and browsers slow down
 * well before their own decoding limits.
 */
export const MAX_IMAGE_SIDE_PX = 16_384;

const READERS: Record<ImageFormat, (bytes: Uint8Array) => Result<ImageSize>> = {
  png: readPngSize,
  jpeg: readJpegSize,
  webp: readWebpSize,
};

/** Reads and checks a whole image file of a sniffed format: its pixel size, or what is wrong with it. */
export function readImageSize(bytes: Uint8Array, format: ImageFormat): Result<ImageSize> {
  const size = READERS[format](bytes);
  if (!size.ok) return size;
  const { width, height } = size.value;
  if (width > MAX_IMAGE_SIDE_PX || height > MAX_IMAGE_SIDE_PX) {
    return fail(
      `the image is ${width}×${height} pixels; Concord accepts images up to ${MAX_IMAGE_SIDE_PX} pixels on a side`,
    );
  }
  return size;
}
