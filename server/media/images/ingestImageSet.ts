import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { newRecordId } from '../../../shared/schema/ids.ts';
import type { ItemRow, MediaFrameRow, MediaRow } from '../../storage/MetaStore.ts';
import type { IngestContext, IngestOutcome } from '../ingestMedia.ts';
import { itemExists } from '../ingestMedia.ts';
import { mediaDirectory } from '../mediaPaths.ts';
import { recordMediaItem } from '../recordMediaItem.ts';
import type { CheckedImage, ImageUpload } from './checkImageFile.ts';
import { checkImageFile, describeImage } from './checkImageFile.ts';
import { imageProbe } from './imageProbe.ts';

/** Most images one set may hold. */
export const MAX_IMAGES_PER_SET = 10_000;

/** A new item made of ordered images: frame i is `images[i]`. */
export interface ImageSetRequest {
  projectId: string;
  itemId: string;
  itemName: string;
  images: readonly ImageUpload[];
}

type Refusal = Extract<IngestOutcome, { ok: false }>;

function refuse(code: Refusal['code'], message: string): Refusal {
  return { ok: false, code, message };
}

/** Checks every image, and that all have the first one's size, before anything is written. */
function checkImages(images: readonly ImageUpload[], maxBytes: number): CheckedImage[] | Refusal {
  if (images.length === 0) return refuse('invalid_image_set', 'send at least one image');
  if (images.length > MAX_IMAGES_PER_SET) {
    const message = `an image set holds at most ${MAX_IMAGES_PER_SET} images; this one has ${images.length}`;
    return refuse('invalid_image_set', message);
  }
  const totalBytes = images.reduce((sum, image) => sum + image.bytes.byteLength, 0);
  if (totalBytes > maxBytes) {
    return refuse(
      'too_large',
      `the images add up to ${totalBytes} bytes, more than the upload limit of ${maxBytes} bytes`,
    );
  }
  const checked: CheckedImage[] = [];
  for (const [index, upload] of images.entries()) {
    const image = checkImageFile(upload, index);
    if ('ok' in image) return image;
    const first = checked[0];
    if (
      first &&
      (first.size.width !== image.size.width || first.size.height !== image.size.height)
    ) {
      const message = `${describeImage(index, upload.name)} is ${image.size.width}×${image.size.height} pixels, but ${describeImage(0, first.upload.name)} is ${first.size.width}×${first.size.height}: every image of a set must have the same size`;
      return refuse('invalid_image_set', message);
    }
    checked.push(image);
  }
  return checked;
}

/** The digest of a set: SHA-256 of its images' hex digests, one per line, in frame order. */
function setDigest(images: readonly CheckedImage[]): string {
  return createHash('sha256')
    .update(images.map((image) => image.sha256).join('\n'))
    .digest('hex');
}

/** Where image `index` of a set is stored inside DATA_DIR/media. */
function frameFileName(mediaId: string, index: number, image: CheckedImage): string {
  return `${mediaId}-${index}.${image.sniffed.extension}`;
}

function frameRows(mediaId: string, images: readonly CheckedImage[]): MediaFrameRow[] {
  return images.map((image, index) => ({
    mediaId,
    index,
    fileName: frameFileName(mediaId, index, image),
    originalName: image.upload.name || null,
    mimeType: image.sniffed.mimeType,
    sizeBytes: image.upload.bytes.byteLength,
    sha256: image.sha256,
    width: image.size.width,
    height: image.size.height,
  }));
}

/**
 * Takes an image set in all-or-nothing: every image is sniffed and read, all must share one size,
 * then the files are written to DATA_DIR/media and media, images and item are recorded in one
 * transaction. Any failure removes what was written and stores no row.
 */
export async function ingestImageSet(
  context: IngestContext,
  request: ImageSetRequest,
): Promise<IngestOutcome> {
  const { metaStore, dataDir } = context;
  if (await metaStore.getItem(request.projectId, request.itemId)) return itemExists(request);
  const images = checkImages(request.images, context.maxUploadBytes);
  if ('ok' in images) return images;
  const mediaId = newRecordId();
  const frames = frameRows(mediaId, images);
  const first = frames[0] as MediaFrameRow;
  const media: MediaRow = {
    id: mediaId,
    projectId: request.projectId,
    fileName: first.fileName,
    mimeType: first.mimeType,
    sizeBytes: frames.reduce((sum, frame) => sum + frame.sizeBytes, 0),
    sha256: setDigest(images),
    ...imageProbe(frames.length, { width: first.width, height: first.height }),
  };
  const item: ItemRow = {
    projectId: request.projectId,
    id: request.itemId,
    name: request.itemName,
    mediaId,
  };
  const written: string[] = [];
  let recorded = false;
  try {
    await fs.mkdir(mediaDirectory(dataDir), { recursive: true });
    for (const [index, image] of images.entries()) {
      const filePath = path.join(mediaDirectory(dataDir), frameFileName(mediaId, index, image));
      written.push(filePath);
      await fs.writeFile(filePath, image.upload.bytes, { flag: 'wx', mode: 0o600, flush: true });
    }
    recorded = await recordMediaItem(metaStore, { media, frames, item });
    return recorded ? { ok: true, item, media } : itemExists(request);
  } finally {
    if (!recorded) await Promise.all(written.map((filePath) => fs.rm(filePath, { force: true })));
  }
}
