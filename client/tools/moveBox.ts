import type { Box } from '../../shared/schema/box.ts';
import type { MediaSize } from './MediaSize.ts';

/** The box shifted by (dx, dy), stopped at the media's edges without changing its size. */
export function moveBox(box: Box, dx: number, dy: number, media: MediaSize): Box {
  const x = Math.min(Math.max(0, box.x + dx), Math.max(0, media.width - box.w));
  const y = Math.min(Math.max(0, box.y + dy), Math.max(0, media.height - box.h));
  return { x, y, w: box.w, h: box.h };
}
