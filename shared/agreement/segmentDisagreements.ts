import type { SegmentView } from '../doc/readLayer.ts';
import type { Result } from '../schema/result.ts';
import { ok } from '../schema/result.ts';
import type { Disagreement, DisagreementKind } from './Disagreement.ts';
import { disagreementId } from './disagreementId.ts';
import { matchSegments } from './temporal/matchSegments.ts';

/** How two layers' segments are compared. */
export interface SegmentComparison {
  /** Temporal IoU two segments need to be the same one. */
  minimumIoU: number;
  /** Boundary differences up to this are agreement (the reaction time of a careful annotator). */
  toleranceMs: number;
}

export const DEFAULT_SEGMENT_COMPARISON: SegmentComparison = { minimumIoU: 0.3, toleranceMs: 150 };

/** What the pair of layers agrees on over its segments, beside the disagreements. */
export interface SegmentSummary {
  matched: number;
  missing: number;
  extra: number;
  sameLabel: number;
  /** Sum of |start offset| and |end offset| over matched segments, in whole ms. */
  boundaryErrorTotalMs: number;
  /** Mean of |start offset| and |end offset| over matched segments, in ms; null with none matched. */
  meanBoundaryErrorMs: number | null;
}

/** The mean boundary error of `matched` pairs from their total; every scorer divides the same way. */
export function meanBoundaryErrorOf(totalMs: number, matched: number): number | null {
  return matched === 0 ? null : totalMs / (2 * matched);
}

function make(
  kind: DisagreementKind,
  layers: readonly [string, string],
  segments: readonly SegmentView[],
  fields: { severity: number; message: string },
): Disagreement {
  const objectIds = segments.map((segment) => segment.id).sort();
  const location = {
    startMs: Math.min(...segments.map((segment) => segment.startMs)),
    endMs: Math.max(...segments.map((segment) => segment.endMs)),
  };
  return {
    id: disagreementId({ kind, layers, objectIds, location }),
    kind,
    layers,
    objectIds,
    location,
    labelId: segments[0]?.labelId ?? null,
    ...fields,
  };
}

/**
 * Where two layers' segments (of the tiers given) disagree: a segment only one layer has
 * (missing from the right one, or extra in it), a matched pair with different labels, or with a
 * boundary further apart than the tolerance. `layers` are the two layer names, left first.
 */
export function segmentDisagreements(
  layers: readonly [string, string],
  left: readonly SegmentView[],
  right: readonly SegmentView[],
  comparison: SegmentComparison = DEFAULT_SEGMENT_COMPARISON,
): Result<{ disagreements: Disagreement[]; summary: SegmentSummary }> {
  const matching = matchSegments(left, right, comparison.minimumIoU);
  if (!matching.ok) return matching;
  const { matches, missing, extra } = matching.value;
  const [leftName, rightName] = layers;
  const disagreements: Disagreement[] = [
    ...missing.map((segment) =>
      make('missing', layers, [segment], {
        severity: 1,
        message: `${rightName} has no segment here`,
      }),
    ),
    ...extra.map((segment) =>
      make('extra', layers, [segment], {
        severity: 1,
        message: `only ${rightName} has a segment here`,
      }),
    ),
  ];
  let boundaryError = 0;
  for (const match of matches) {
    boundaryError += Math.abs(match.startOffsetMs) + Math.abs(match.endOffsetMs);
    const pair = [match.left, match.right];
    if (!match.sameLabel) {
      const message = `${leftName} says ${match.left.labelId ?? 'no label'}, ${rightName} ${match.right.labelId ?? 'no label'}`;
      disagreements.push(make('label', layers, pair, { severity: 0.6, message }));
    }
    const furthest = Math.max(Math.abs(match.startOffsetMs), Math.abs(match.endOffsetMs));
    if (furthest > comparison.toleranceMs) {
      const message = `${rightName} starts ${match.startOffsetMs} ms and ends ${match.endOffsetMs} ms from ${leftName}`;
      const severity = Math.min(1, furthest / 1_000);
      disagreements.push(make('boundary', layers, pair, { severity, message }));
    }
  }
  const summary: SegmentSummary = {
    matched: matches.length,
    missing: missing.length,
    extra: extra.length,
    sameLabel: matches.filter((match) => match.sameLabel).length,
    boundaryErrorTotalMs: boundaryError,
    meanBoundaryErrorMs: meanBoundaryErrorOf(boundaryError, matches.length),
  };
  return ok({
    disagreements: disagreements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    summary,
  });
}
