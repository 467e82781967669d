import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { ShapeBounds } from './boundsOfSpans.ts';
import { boundsOfSpans } from './boundsOfSpans.ts';
import { shapeSpans } from './shapeSpans.ts';
import type { PixelSpans } from './spansOfRuns.ts';
import type { PixelGrid, SpatialShape } from './SpatialShape.ts';

/** The IoU at or above which shapes with a label may match (iouThresholdOf fits). */
export type IouThresholdOf = (labelId: string | null) => number;

/**
 * One layer's shapes on a frame, sorted by id, with each one's threshold and bounds; polygons' and
 * masks' pixels are computed up front, boxes' only when a polygon or mask needs them.
 */
export interface PreparedShapes {
  shapes: SpatialShape[];
  thresholds: number[];
  spans: (PixelSpans | null)[];
  bounds: (ShapeBounds | null)[];
}

function byId(left: SpatialShape, right: SpatialShape): number {
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/**
 * The bounds the frame matcher pairs a shape by: a box's own rectangle (null when empty), else the
 * rectangle of its pixels (`spans` when already computed). Shapes whose bounds do not meet never match.
 */
export function boundsOfShape(
  shape: SpatialShape,
  grid: PixelGrid,
  spans: PixelSpans | null = null,
): ShapeBounds | null {
  const { geometry } = shape;
  if (geometry.kind !== 'box')
    return boundsOfSpans(spans ?? shapeSpans(geometry, grid), grid.width);
  const { x, y, w, h } = geometry.box;
  return w > 0 && h > 0 ? [x, y, x + w, y + h] : null;
}

/** Sorts, thresholds and bounds checked shapes; a threshold outside 0..1 is an error. */
export function prepareShapes(
  shapes: readonly SpatialShape[],
  grid: PixelGrid,
  thresholdOf: IouThresholdOf,
): Result<PreparedShapes> {
  const sorted = [...shapes].sort(byId);
  const thresholds: number[] = [];
  for (const shape of sorted) {
    const threshold = thresholdOf(shape.labelId);
    if (!(threshold >= 0 && threshold <= 1)) {
      return fail(`the IoU threshold of label ${shape.labelId} is ${threshold}, not from 0 to 1`);
    }
    thresholds.push(threshold);
  }
  const spans = sorted.map(({ geometry }) =>
    geometry.kind === 'box' ? null : shapeSpans(geometry, grid),
  );
  const bounds = sorted.map((shape, index) => boundsOfShape(shape, grid, spans[index] ?? null));
  return ok({ shapes: sorted, thresholds, spans, bounds });
}
