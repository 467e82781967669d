import type { MediaKind } from '../../shared/protocol/http.ts';
import type { MediaRow } from '../storage/MetaStore.ts';

/** What a stored media is: images are served as image types, sound alone has no frames. */
export function mediaKindOf(media: Pick<MediaRow, 'mimeType' | 'frameCount'>): MediaKind {
  if (media.mimeType.startsWith('image/')) return 'image';
  return media.frameCount === 0 ? 'audio' : 'video';
}
