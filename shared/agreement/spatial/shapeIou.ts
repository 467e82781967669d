import { boxIou } from './boxIou.ts';
import { shapeSpans } from './shapeSpans.ts';
import { spansIou } from './spansIou.ts';
import type { PixelGrid, SpatialGeometry } from './SpatialShape.ts';

/**
 * Intersection over union of two geometries on one frame: two boxes exactly in floating point;
 * any pair with a polygon or a mask in whole pixels of `grid`, boxes and polygons rasterised as a
 * mask would be, so a polygon and the mask painted with it give 1.
 */
export function shapeIou(left: SpatialGeometry, right: SpatialGeometry, grid: PixelGrid): number {
  if (left.kind === 'box' && right.kind === 'box') return boxIou(left.box, right.box);
  return spansIou(shapeSpans(left, grid), shapeSpans(right, grid));
}
