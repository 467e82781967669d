import type { Box } from '../../schema/box.ts';
import { firstCentreAtOrAfter } from './firstCentreAtOrAfter.ts';
import { quarterPixel } from './quarterPixel.ts';
import type { PixelSpans } from './spansOfRuns.ts';
import type { PixelGrid } from './SpatialShape.ts';

/**
 * The pixels of `grid` whose centres a box holds, as spans: exactly what rasterizePolygon fills for
 * the box's four corners in quarter pixels (a centre on the left or top edge is inside, one on the
 * right or bottom edge is not).
 */
export function boxSpans(box: Box, grid: PixelGrid): PixelSpans {
  const [left, top] = [quarterPixel(box.x), quarterPixel(box.y)];
  const [right, bottom] = [quarterPixel(box.x + box.w), quarterPixel(box.y + box.h)];
  const firstColumn = Math.max(0, firstCentreAtOrAfter(left));
  const endColumn = Math.min(grid.width, firstCentreAtOrAfter(right));
  const firstRow = Math.max(0, firstCentreAtOrAfter(top));
  const endRow = Math.min(grid.height, firstCentreAtOrAfter(bottom));
  if (firstColumn >= endColumn || firstRow >= endRow) return [];
  if (firstColumn === 0 && endColumn === grid.width) {
    // Full-width rows touch each other: one span.
    return [firstRow * grid.width, endRow * grid.width];
  }
  const spans: number[] = [];
  for (let row = firstRow; row < endRow; row += 1) {
    spans.push(row * grid.width + firstColumn, row * grid.width + endColumn);
  }
  return spans;
}
