import type { ItemSummary, MediaInfo } from '../../shared/protocol/http.ts';
import type { ItemRow, MediaRow } from '../storage/MetaStore.ts';

/** Where a media file's bytes are served, with range requests. */
export function mediaUrl(mediaId: string): string {
  return `/media/${encodeURIComponent(mediaId)}`;
}

/** The DTO of an item and its media, as every item route returns it. */
export function toItemSummary(item: ItemRow, media: MediaRow | undefined): ItemSummary {
  const info: MediaInfo | null = media
    ? {
        id: media.id,
        mimeType: media.mimeType,
        sizeBytes: media.sizeBytes,
        durationMs: media.durationMs,
        frameRate: media.frameRate,
        frameCount: media.frameCount,
        width: media.width,
        height: media.height,
        hasAudio: media.hasAudio,
        url: mediaUrl(media.id),
      }
    : null;
  return { id: item.id, projectId: item.projectId, name: item.name, media: info };
}
