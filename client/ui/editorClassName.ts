import type { MediaInfo } from '../../shared/protocol/http.ts';

/**
 * The editor's class names for its media: image items have no transcript pane (no sound), and a
 * single image has no timeline either (it has no time).
 */
export function editorClassName(media: MediaInfo): string {
  if (media.kind !== 'image') return 'editor';
  return media.frameCount > 1 ? 'editor image-item' : 'editor image-item single-image';
}
