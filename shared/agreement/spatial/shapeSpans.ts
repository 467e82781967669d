import { boxSpans } from './boxSpans.ts';
import { polygonSpans } from './polygonSpans.ts';
import type { PixelSpans } from './spansOfRuns.ts';
import { spansOfRuns } from './spansOfRuns.ts';
import type { PixelGrid, SpatialGeometry } from './SpatialShape.ts';

/** The pixels of `grid` a geometry covers, as spans, by the mask rasteriser's rules. */
export function shapeSpans(geometry: SpatialGeometry, grid: PixelGrid): PixelSpans {
  switch (geometry.kind) {
    case 'box':
      return boxSpans(geometry.box, grid);
    case 'polygon':
      return polygonSpans(geometry.points, grid);
    case 'mask':
      return spansOfRuns(geometry.runs);
  }
}
