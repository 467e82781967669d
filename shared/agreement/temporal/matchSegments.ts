import type { SegmentView } from '../../doc/readLayer.ts';
import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import { bipartiteComponents } from './bipartiteComponents.ts';
import { maximumWeightMatching } from './maximumWeightMatching.ts';
import { overlappingPairs } from './overlappingPairs.ts';
import { temporalIoU } from './temporalIoU.ts';

/** What segment matching reads of a segment. */
export type MatchableSegment = Pick<SegmentView, 'id' | 'tierId' | 'startMs' | 'endMs' | 'labelId'>;

/** A left segment and the right segment it was matched to, and how they differ. */
export interface SegmentMatch<Segment extends MatchableSegment> {
  tierId: string;
  left: Segment;
  right: Segment;
  iou: number;
  /** right.startMs − left.startMs: positive when the right layer starts later. */
  startOffsetMs: number;
  /** right.endMs − left.endMs: positive when the right layer ends later. */
  endOffsetMs: number;
  /** Both carry the same label, or both none. */
  sameLabel: boolean;
}

/** How the segments of two layers correspond, tier by tier. */
export interface SegmentMatching<Segment extends MatchableSegment> {
  /** By tier, then left start, then left id. */
  matches: SegmentMatch<Segment>[];
  /** Left segments with no match on the right; by tier, start, id. */
  missing: Segment[];
  /** Right segments with no match on the left; by tier, start, id. */
  extra: Segment[];
}

/** IoU is scored in millionths so that totals are exact integers and ties are real ties. */
const IOU_SCALE = 1_000_000;

/**
 * Matches the segments of two layers one-to-one on each tier, maximising the total temporal IoU of
 * pairs whose IoU is at least `minimumIoU`; solved exactly per group of candidate pairs. Among
 * matchings of equal total IoU (in millionths) the one that pairs ids most in order wins: a pair
 * of the r-th left and c-th right id of a group (from 0, ids in code-unit order; n left, m right)
 * scores (n − r)(m − c), so one left segment equally close to two right ones takes the lower id.
 * A tie left after that falls to the solver's fixed order over id-sorted segments, so the result
 * never depends on the order segments arrive in.
 */
export function matchSegments<Segment extends MatchableSegment>(
  left: readonly Segment[],
  right: readonly Segment[],
  minimumIoU: number,
): Result<SegmentMatching<Segment>> {
  if (!(minimumIoU > 0 && minimumIoU <= 1)) {
    return fail(
      `the IoU threshold for matching segments must be above 0 and at most 1, not ${minimumIoU}`,
    );
  }
  const matching: SegmentMatching<Segment> = { matches: [], missing: [], extra: [] };
  const tierIds = [...new Set([...left, ...right].map((segment) => segment.tierId))];
  for (const tierId of tierIds) {
    const onTier = (segment: Segment) => segment.tierId === tierId;
    const [leftOnTier, rightOnTier] = [
      left.filter(onTier).sort(byId),
      right.filter(onTier).sort(byId),
    ];
    matchTier(tierId, leftOnTier, rightOnTier, minimumIoU, matching);
  }
  matching.matches.sort((a, b) => byTimeAndId(a.left, b.left));
  matching.missing.sort(byTimeAndId);
  matching.extra.sort(byTimeAndId);
  return ok(matching);
}

/** Adds the matches, misses and extras of one tier's id-sorted segments to `matching`. */
function matchTier<Segment extends MatchableSegment>(
  tierId: string,
  left: readonly Segment[],
  right: readonly Segment[],
  minimumIoU: number,
  matching: SegmentMatching<Segment>,
): void {
  const edges = overlappingPairs(left, right).filter(
    ([leftIndex, rightIndex]) =>
      temporalIoU(left[leftIndex] as Segment, right[rightIndex] as Segment) >= minimumIoU,
  );
  for (const component of bipartiteComponents(left.length, right.length, edges)) {
    const members = {
      left: component.left.map((index) => left[index] as Segment),
      right: component.right.map((index) => right[index] as Segment),
    };
    const columnOfRow = maximumWeightMatching(pairWeights(members.left, members.right, minimumIoU));
    members.left.forEach((leftSegment, row) => {
      const rightSegment = members.right[columnOfRow[row] ?? -1];
      if (rightSegment === undefined) matching.missing.push(leftSegment);
      else matching.matches.push(matchOf(tierId, leftSegment, rightSegment));
    });
    const matchedColumns = new Set(columnOfRow);
    matching.extra.push(...members.right.filter((_, column) => !matchedColumns.has(column)));
  }
}

/** Weights for maximumWeightMatching: IoU first, then the id-order preference; 0 below threshold. */
function pairWeights(
  left: readonly MatchableSegment[],
  right: readonly MatchableSegment[],
  minimumIoU: number,
): bigint[][] {
  const [n, m] = [BigInt(left.length), BigInt(right.length)];
  const idOrderScale = n * m * (n < m ? n : m) + 1n;
  return left.map((leftSegment, row) =>
    right.map((rightSegment, column) => {
      const iou = temporalIoU(leftSegment, rightSegment);
      if (iou < minimumIoU) return 0n;
      const idOrder = (n - BigInt(row)) * (m - BigInt(column));
      return BigInt(Math.round(iou * IOU_SCALE)) * idOrderScale + idOrder;
    }),
  );
}

function matchOf<Segment extends MatchableSegment>(
  tierId: string,
  left: Segment,
  right: Segment,
): SegmentMatch<Segment> {
  return {
    tierId,
    left,
    right,
    iou: temporalIoU(left, right),
    startOffsetMs: right.startMs - left.startMs,
    endOffsetMs: right.endMs - left.endMs,
    sameLabel: left.labelId === right.labelId,
  };
}

function byId(a: MatchableSegment, b: MatchableSegment): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byTimeAndId(a: MatchableSegment, b: MatchableSegment): number {
  const tier = a.tierId < b.tierId ? -1 : a.tierId > b.tierId ? 1 : 0;
  return tier || a.startMs - b.startMs || byId(a, b);
}
