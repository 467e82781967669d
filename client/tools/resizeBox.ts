import type { Box } from '../../shared/schema/box.ts';
import type { BoxHandle } from './BoxHandle.ts';
import { boxFromCorners } from './boxFromCorners.ts';
import type { MediaSize } from './MediaSize.ts';

/** The box with the dragged handle's edges shifted by (dx, dy); dragging past the opposite edge flips it. */
export function resizeBox(
  box: Box,
  handle: BoxHandle,
  dx: number,
  dy: number,
  media: MediaSize,
): Box {
  let left = box.x;
  let right = box.x + box.w;
  let top = box.y;
  let bottom = box.y + box.h;
  if (handle.includes('w')) left += dx;
  if (handle.includes('e')) right += dx;
  if (handle.startsWith('n')) top += dy;
  if (handle.startsWith('s')) bottom += dy;
  return boxFromCorners({ x: left, y: top }, { x: right, y: bottom }, media);
}
