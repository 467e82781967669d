import type { MediaInfo } from '../../shared/protocol/http.ts';
import { formatDuration } from './formatDuration.ts';

/** One line about an item's media for the item list: size and length, or how many images. */
export function describeItemMedia(media: MediaInfo): string {
  const size = `${media.width}×${media.height}`;
  if (media.kind === 'image') {
    return media.frameCount === 1 ? `image, ${size}` : `${media.frameCount} images, ${size}`;
  }
  if (media.kind === 'audio') return `audio, ${formatDuration(media.durationMs)}`;
  return `${size}, ${formatDuration(media.durationMs)}`;
}
