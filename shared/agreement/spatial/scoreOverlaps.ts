import type { WeightedPair } from './AssignmentGraph.ts';
import { boxIou } from './boxIou.ts';
import { iouWeight } from './iouWeight.ts';
import { overlappingBounds } from './overlappingBounds.ts';
import type { PreparedShapes } from './PreparedShapes.ts';
import { shapeSpans } from './shapeSpans.ts';
import type { PixelSpans } from './spansOfRuns.ts';
import { spansIou } from './spansIou.ts';
import type { PixelGrid, SpatialShape } from './SpatialShape.ts';

/** The pairs that may match, with their IoU kept by pair (left index × right count + right index). */
export interface ScoredPairs {
  pairs: WeightedPair[];
  iouOfPair: Map<number, number>;
}

function spansOf(side: PreparedShapes, index: number, grid: PixelGrid): PixelSpans {
  const known = side.spans[index];
  if (known) return known;
  const computed = shapeSpans((side.shapes[index] as SpatialShape).geometry, grid);
  side.spans[index] = computed;
  return computed;
}

/**
 * The pairs of shapes whose bounds meet, scored by IoU (boxes exactly, anything else in pixels),
 * kept when the IoU is > 0 and at least the stricter of the two shapes' thresholds.
 */
export function scoreOverlaps(
  left: PreparedShapes,
  right: PreparedShapes,
  grid: PixelGrid,
): ScoredPairs {
  const candidates = overlappingBounds(left.bounds, right.bounds);
  const scored: ScoredPairs = { pairs: [], iouOfPair: new Map() };
  for (let index = 0; index < candidates.length; index += 2) {
    const [leftIndex, rightIndex] = [candidates[index] as number, candidates[index + 1] as number];
    const leftGeometry = (left.shapes[leftIndex] as SpatialShape).geometry;
    const rightGeometry = (right.shapes[rightIndex] as SpatialShape).geometry;
    const iou =
      leftGeometry.kind === 'box' && rightGeometry.kind === 'box'
        ? boxIou(leftGeometry.box, rightGeometry.box)
        : spansIou(spansOf(left, leftIndex, grid), spansOf(right, rightIndex, grid));
    const threshold = Math.max(
      left.thresholds[leftIndex] as number,
      right.thresholds[rightIndex] as number,
    );
    if (iou > 0 && iou >= threshold) {
      scored.pairs.push({ left: leftIndex, right: rightIndex, weight: iouWeight(iou) });
      scored.iouOfPair.set(leftIndex * right.shapes.length + rightIndex, iou);
    }
  }
  return scored;
}
