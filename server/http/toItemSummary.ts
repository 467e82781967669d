import type { ImageFrameInfo, ItemSummary, MediaInfo } from '../../shared/protocol/http.ts';
import type { ItemRow, MediaFrameRow, MediaRow } from '../storage/MetaStore.ts';
import { imageFrameUrl } from './imageFrameRoutes.ts';
import { mediaKindOf } from './mediaKindOf.ts';

/** Where a media file's bytes are served, with range requests. */
export function mediaUrl(mediaId: string): string {
  return `/media/${encodeURIComponent(mediaId)}`;
}

function toImageFrameInfo(frame: MediaFrameRow): ImageFrameInfo {
  const { index, originalName, mimeType, width, height, sizeBytes } = frame;
  const url = imageFrameUrl(frame.mediaId, index);
  return { index, url, name: originalName, mimeType, width, height, sizeBytes };
}

/**
 * The DTO of an item and its media, as every item route returns it; with `frames` (an image
 * item's detail), the media lists its images.
 */
export function toItemSummary(
  item: ItemRow,
  media: MediaRow | undefined,
  frames?: readonly MediaFrameRow[],
): ItemSummary {
  const info: MediaInfo | null = media
    ? {
        id: media.id,
        kind: mediaKindOf(media),
        mimeType: media.mimeType,
        sizeBytes: media.sizeBytes,
        durationMs: media.durationMs,
        frameRate: media.frameRate,
        frameCount: media.frameCount,
        width: media.width,
        height: media.height,
        hasAudio: media.hasAudio,
        url: mediaUrl(media.id),
        ...(frames && frames.length > 0 ? { images: frames.map(toImageFrameInfo) } : {}),
      }
    : null;
  return { id: item.id, projectId: item.projectId, name: item.name, media: info };
}
