import type { Result } from '../../schema/result.ts';
import { ok } from '../../schema/result.ts';
import { checkSpatialShapes } from './checkSpatialShapes.ts';
import type { IouThresholdOf, PreparedShapes } from './PreparedShapes.ts';
import { prepareShapes } from './PreparedShapes.ts';
import type { IndexPair } from './solveAssignment.ts';
import { scoreOverlaps } from './scoreOverlaps.ts';
import { solveAssignmentByGroups } from './solveAssignmentByGroups.ts';
import type { PixelGrid, SpatialShape } from './SpatialShape.ts';

/** Two shapes matched on a frame, and how well they overlap. */
export interface MatchedShapes {
  leftId: string;
  rightId: string;
  iou: number;
}

/** A matched pair whose labels differ. */
export interface LabelMismatch {
  leftId: string;
  rightId: string;
  leftLabelId: string | null;
  rightLabelId: string | null;
}

/** How two layers' shapes on one frame correspond; every list is sorted by id. */
export interface FrameMatch {
  matched: MatchedShapes[];
  labelMismatches: LabelMismatch[];
  /** Left shapes nothing on the right matched: missing from the right layer. */
  missing: string[];
  /** Right shapes nothing on the left matched: extra in the right layer. */
  extra: string[];
}

function describeMatch(
  left: PreparedShapes,
  right: PreparedShapes,
  assignment: readonly IndexPair[],
  iouOfPair: ReadonlyMap<number, number>,
): FrameMatch {
  const result: FrameMatch = { matched: [], labelMismatches: [], missing: [], extra: [] };
  const leftMatched = new Uint8Array(left.shapes.length);
  const rightMatched = new Uint8Array(right.shapes.length);
  for (const pair of assignment) {
    const leftShape = left.shapes[pair.left] as SpatialShape;
    const rightShape = right.shapes[pair.right] as SpatialShape;
    [leftMatched[pair.left], rightMatched[pair.right]] = [1, 1];
    const [leftId, rightId] = [leftShape.id, rightShape.id];
    const iou = iouOfPair.get(pair.left * right.shapes.length + pair.right) as number;
    result.matched.push({ leftId, rightId, iou });
    if (leftShape.labelId !== rightShape.labelId) {
      const [leftLabelId, rightLabelId] = [leftShape.labelId, rightShape.labelId];
      result.labelMismatches.push({ leftId, rightId, leftLabelId, rightLabelId });
    }
  }
  left.shapes.forEach((shape, index) => leftMatched[index] || result.missing.push(shape.id));
  right.shapes.forEach((shape, index) => rightMatched[index] || result.extra.push(shape.id));
  return result;
}

/**
 * Matches two layers' shapes on one frame: the one-to-one matching with the largest total IoU,
 * label-blind, where a pair may match only when its IoU (shapeIou) is > 0 and at least the stricter
 * of its two labels' thresholds; matched pairs whose labels differ are listed as label mismatches.
 * Equal totals go to the smallest sorted (left id, right id) list; groups of overlapping shapes are
 * solved apart. Malformed shapes, a bad grid or threshold give an error naming them.
 */
export function matchFrame(
  left: readonly SpatialShape[],
  right: readonly SpatialShape[],
  grid: PixelGrid,
  thresholdOf: IouThresholdOf,
): Result<FrameMatch> {
  const sides: PreparedShapes[] = [];
  for (const [shapes, layerName] of [
    [left, 'left'],
    [right, 'right'],
  ] as const) {
    const checked = checkSpatialShapes(shapes, grid, layerName);
    if (!checked.ok) return checked;
    const prepared = prepareShapes(shapes, grid, thresholdOf);
    if (!prepared.ok) return prepared;
    sides.push(prepared.value);
  }
  const [leftSide, rightSide] = sides as [PreparedShapes, PreparedShapes];
  const { pairs, iouOfPair } = scoreOverlaps(leftSide, rightSide, grid);
  const assignment = solveAssignmentByGroups(left.length, right.length, pairs);
  return ok(describeMatch(leftSide, rightSide, assignment, iouOfPair));
}
