import type { Box } from '../../shared/schema/box.ts';
import type { MediaSize } from './MediaSize.ts';
import type { Point } from './Point.ts';

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** The box spanned by two opposite corners in any order, cut to the media's bounds. */
export function boxFromCorners(first: Point, second: Point, media: MediaSize): Box {
  const left = clamp(Math.min(first.x, second.x), 0, media.width);
  const right = clamp(Math.max(first.x, second.x), 0, media.width);
  const top = clamp(Math.min(first.y, second.y), 0, media.height);
  const bottom = clamp(Math.max(first.y, second.y), 0, media.height);
  return { x: left, y: top, w: right - left, h: bottom - top };
}
