import type { Box } from '../../schema/box.ts';

/**
 * Intersection over union of two boxes, in floating point on their corners (so identical boxes give
 * exactly 1 and the result does not depend on argument order). A box of zero area covers nothing:
 * it overlaps nothing, and two of them give 0, not NaN.
 */
export function boxIou(left: Box, right: Box): number {
  const [leftRight, leftBottom] = [left.x + left.w, left.y + left.h];
  const [rightRight, rightBottom] = [right.x + right.w, right.y + right.h];
  const leftArea = (leftRight - left.x) * (leftBottom - left.y);
  const rightArea = (rightRight - right.x) * (rightBottom - right.y);
  if (!(leftArea > 0 && rightArea > 0)) return 0;
  const overlapWidth = Math.min(leftRight, rightRight) - Math.max(left.x, right.x);
  const overlapHeight = Math.min(leftBottom, rightBottom) - Math.max(left.y, right.y);
  if (overlapWidth <= 0 || overlapHeight <= 0) return 0;
  const intersection = overlapWidth * overlapHeight;
  return Math.min(1, intersection / (leftArea + rightArea - intersection));
}
