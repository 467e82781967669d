import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { newRecordId } from '../../shared/schema/ids.ts';
import type { ItemRow, MediaFrameRow, MediaRow, MetaStore } from '../storage/MetaStore.ts';
import { imageProbe } from './images/imageProbe.ts';
import type { ImageSize } from './images/ImageSize.ts';
import { readImageSize } from './images/readImageSize.ts';
import { mediaDirectory, uploadDirectory } from './mediaPaths.ts';
import type { MediaProbe } from './MediaProbe.ts';
import { probeMedia } from './probeMedia.ts';
import type { ReceivedUpload } from './receiveUpload.ts';
import { receiveUpload } from './receiveUpload.ts';
import { recordMediaItem } from './recordMediaItem.ts';
import type { SniffedMedia } from './sniffMediaType.ts';
import { isImageFormat, sniffMediaType } from './sniffMediaType.ts';

export interface IngestContext {
  dataDir: string;
  maxUploadBytes: number;
  metaStore: MetaStore;
  /** ffprobe to use for containers the built-in reader does not read; found on PATH when left out. */
  ffprobePath?: string | null;
}

export interface IngestRequest {
  projectId: string;
  itemId: string;
  itemName: string;
  /** Opens the bytes; called only once the cheap checks pass, so a refused request's body is never touched. */
  openSource: () => AsyncIterable<Uint8Array>;
  /** The size the sender announced (Content-Length), checked before any byte is read. */
  declaredSizeBytes?: number;
}

/** Why an ingest stored nothing. */
export type IngestFailureCode =
  'too_large' | 'unsupported_media_type' | 'unreadable_media' | 'item_exists' | 'invalid_image_set';

export type IngestOutcome =
  | { ok: true; item: ItemRow; media: MediaRow }
  | { ok: false; code: IngestFailureCode; message: string };

function describeLimit(maxBytes: number): string {
  const megabytes = Number((maxBytes / (1024 * 1024)).toFixed(2));
  return `the file is larger than the upload limit of ${megabytes} MB (${maxBytes} bytes)`;
}

/** Refines the sniffed type with what probing found (an Ogg or WebM file may hold video or only sound). */
function servedMimeType(sniffed: SniffedMedia, probe: MediaProbe): string {
  const hasVideo = probe.frameCount > 0;
  if (sniffed.container === 'ogg' && hasVideo) return 'video/ogg';
  if (sniffed.container === 'webm' && !hasVideo) return 'audio/webm';
  if (sniffed.container === 'mp4' && !hasVideo) return 'audio/mp4';
  return sniffed.mimeType;
}

/** The refusal of an item id that is already taken. */
export function itemExists(request: Pick<IngestRequest, 'projectId' | 'itemId'>): IngestOutcome {
  return {
    ok: false,
    code: 'item_exists',
    message: `project '${request.projectId}' already has an item '${request.itemId}'; choose another id`,
  };
}

type Checked =
  | {
      ok: true;
      upload: ReceivedUpload;
      sniffed: SniffedMedia;
      probe: MediaProbe;
      /** The size of a still image; null for video and audio. */
      image: ImageSize | null;
    }
  | Extract<IngestOutcome, { ok: false }>;

/** Receives the bytes into `tempPath` within the size limit, then sniffs and probes them. */
async function receiveAndCheck(
  context: IngestContext,
  request: IngestRequest,
  tempPath: string,
): Promise<Checked> {
  const upload = await receiveUpload(request.openSource(), tempPath, context.maxUploadBytes);
  if (upload.kind === 'too_large') {
    return { ok: false, code: 'too_large', message: describeLimit(context.maxUploadBytes) };
  }
  const sniffed = sniffMediaType(upload.head);
  if (!sniffed.ok) return { ok: false, code: 'unsupported_media_type', message: sniffed.error };
  const { container } = sniffed.value;
  if (isImageFormat(container)) {
    const size = readImageSize(await fs.readFile(tempPath), container);
    if (!size.ok) return { ok: false, code: 'unreadable_media', message: size.error };
    const probe = imageProbe(1, size.value);
    return { ok: true, upload, sniffed: sniffed.value, probe, image: size.value };
  }
  const probe = await probeMedia(tempPath, sniffed.value, context.ffprobePath);
  if (!probe.ok) return { ok: false, code: 'unreadable_media', message: probe.error };
  return { ok: true, upload, sniffed: sniffed.value, probe: probe.value, image: null };
}

/** A single image is an image item of one frame: its frame row names the media's own file. */
function singleImageFrame(media: MediaRow, image: ImageSize | null): MediaFrameRow[] {
  if (!image) return [];
  const { id: mediaId, fileName, mimeType, sizeBytes, sha256 } = media;
  const { width, height } = image;
  return [
    { mediaId, index: 0, fileName, originalName: null, mimeType, sizeBytes, sha256, width, height },
  ];
}

/**
 * Takes media bytes in all-or-nothing: receive to a temporary file (within the size limit),
 * sniff, probe (a still image: read and check its header), move into DATA_DIR/media and record
 * media and item in one transaction.
 * Any failure removes the file and stores no row.
 */
export async function ingestMedia(
  context: IngestContext,
  request: IngestRequest,
): Promise<IngestOutcome> {
  const { metaStore, maxUploadBytes, dataDir } = context;
  if (await metaStore.getItem(request.projectId, request.itemId)) return itemExists(request);
  if ((request.declaredSizeBytes ?? 0) > maxUploadBytes) {
    return { ok: false, code: 'too_large', message: describeLimit(maxUploadBytes) };
  }
  await fs.mkdir(uploadDirectory(dataDir), { recursive: true });
  await fs.mkdir(mediaDirectory(dataDir), { recursive: true });
  const tempPath = path.join(uploadDirectory(dataDir), `${randomUUID()}.part`);
  let storedPath: string | undefined;
  try {
    const checked = await receiveAndCheck(context, request, tempPath);
    if (!checked.ok) return checked;
    const mediaId = newRecordId();
    const fileName = `${mediaId}.${checked.sniffed.extension}`;
    storedPath = path.join(mediaDirectory(dataDir), fileName);
    await fs.rename(tempPath, storedPath);
    const media: MediaRow = {
      id: mediaId,
      projectId: request.projectId,
      fileName,
      mimeType: servedMimeType(checked.sniffed, checked.probe),
      sizeBytes: checked.upload.sizeBytes,
      sha256: checked.upload.sha256,
      ...checked.probe,
    };
    const item: ItemRow = {
      projectId: request.projectId,
      id: request.itemId,
      name: request.itemName,
      mediaId,
    };
    const frames = singleImageFrame(media, checked.image);
    if (!(await recordMediaItem(metaStore, { media, frames, item }))) return itemExists(request);
    storedPath = undefined;
    return { ok: true, item, media };
  } finally {
    await fs.rm(tempPath, { force: true });
    if (storedPath) await fs.rm(storedPath, { force: true });
  }
}
