import type { Box } from '../../shared/schema/box.ts';
import type { Point } from './Point.ts';

/** The eight resize handles of a box, named by compass direction. */
export const BOX_HANDLES = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'] as const;
export type BoxHandle = (typeof BOX_HANDLES)[number];

/** Where a handle sits on a box. */
export function handlePosition(box: Box, handle: BoxHandle): Point {
  const x = handle.includes('w') ? box.x : handle.includes('e') ? box.x + box.w : box.x + box.w / 2;
  const y = handle.startsWith('n')
    ? box.y
    : handle.startsWith('s')
      ? box.y + box.h
      : box.y + box.h / 2;
  return { x, y };
}
