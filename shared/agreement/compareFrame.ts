import type { Result } from '../schema/result.ts';
import { ok } from '../schema/result.ts';
import type { Disagreement, DisagreementKind } from './Disagreement.ts';
import { disagreementId } from './disagreementId.ts';
import type { TrackFrameMatch } from './spatial/identitySwitches.ts';
import { matchFrame } from './spatial/matchFrame.ts';
import type { IouThresholdOf } from './spatial/PreparedShapes.ts';
import type { PixelGrid, SpatialShape } from './spatial/SpatialShape.ts';

/** Matched shapes whose IoU is below this disagree on geometry (they are the same object, drawn apart). */
export const GEOMETRY_AGREEMENT_IOU = 0.75;

/** IoU is summed in millionths, so a total is an exact integer whatever order frames are added in. */
export const IOU_UNITS = 1_000_000;

/** A disagreement seen on one frame, before the frames it holds on are joined into one. */
export interface FrameFinding {
  /** Kind and sorted objects: the same finding on another frame has the same key. */
  key: string;
  kind: DisagreementKind;
  objectIds: string[];
  labelId: string | null;
  severity: number;
  message: string;
}

/** How two layers compare on one frame: counts, findings and the tracks' correspondence. */
export interface FrameComparison {
  matched: number;
  missing: number;
  extra: number;
  /** Sum of the matched pairs' IoU in IOU_UNITS. */
  iouUnits: number;
  findings: FrameFinding[];
  /** The part of the match between box tracks, for identity agreement. */
  tracks: TrackFrameMatch;
}

function finding(
  kind: DisagreementKind,
  ids: readonly string[],
  fields: Pick<FrameFinding, 'labelId' | 'severity' | 'message'>,
): FrameFinding {
  const objectIds = [...ids].sort();
  return { key: `${kind}\u0000${objectIds.join(',')}`, kind, objectIds, ...fields };
}

/**
 * Compares two layers' shapes on one frame: missing (left only), extra (right only), label
 * mismatches and matched pairs drawn apart (IoU below GEOMETRY_AGREEMENT_IOU).
 */
export function compareFrame(
  layers: readonly [string, string],
  left: readonly SpatialShape[],
  right: readonly SpatialShape[],
  grid: PixelGrid,
  thresholdOf: IouThresholdOf,
): Result<FrameComparison> {
  const match = matchFrame(left, right, grid, thresholdOf);
  if (!match.ok) return match;
  const { matched, missing, extra, labelMismatches } = match.value;
  const rightName = layers[1];
  const shapes = new Map([...left, ...right].map((shape) => [shape.id, shape]));
  const labelOf = (id: string) => shapes.get(id)?.labelId ?? null;
  const isTrack = (id: string) => shapes.get(id)?.geometry.kind === 'box';
  const findings: FrameFinding[] = [
    ...missing.map((id) =>
      finding('missing', [id], {
        labelId: labelOf(id),
        severity: 1,
        message: `${rightName} has nothing here`,
      }),
    ),
    ...extra.map((id) =>
      finding('extra', [id], {
        labelId: labelOf(id),
        severity: 1,
        message: `only ${rightName} has this`,
      }),
    ),
    ...labelMismatches.map((pair) =>
      finding('label', [pair.leftId, pair.rightId], {
        labelId: pair.leftLabelId,
        severity: 0.6,
        message: `labelled ${pair.leftLabelId ?? 'nothing'} and ${pair.rightLabelId ?? 'nothing'}`,
      }),
    ),
  ];
  let iouUnits = 0;
  for (const pair of matched) {
    iouUnits += Math.round(pair.iou * IOU_UNITS);
    if (pair.iou >= GEOMETRY_AGREEMENT_IOU) continue;
    findings.push(
      finding('geometry', [pair.leftId, pair.rightId], {
        labelId: labelOf(pair.leftId),
        severity: 0.5,
        message: `drawn apart (IoU below ${GEOMETRY_AGREEMENT_IOU})`,
      }),
    );
  }
  return ok({
    matched: matched.length,
    missing: missing.length,
    extra: extra.length,
    iouUnits,
    findings: orNone(findings),
    tracks: {
      matched: orNone(matched.filter((pair) => isTrack(pair.leftId) && isTrack(pair.rightId))),
      missing: orNone(missing.filter(isTrack)),
      extra: orNone(extra.filter(isTrack)),
    },
  });
}

const NONE: readonly never[] = Object.freeze([]);

/** The list, or one shared empty list: the live engine keeps a comparison per cluster and frame. */
function orNone<T>(list: T[]): T[] {
  return list.length === 0 ? (NONE as unknown as T[]) : list;
}

/** The disagreement a finding makes over the frames first to last. */
export function disagreementOfFinding(
  layers: readonly [string, string],
  found: FrameFinding,
  first: number,
  last: number,
): Disagreement {
  const location = { frames: { first, last } };
  const { kind, objectIds } = found;
  return {
    id: disagreementId({ kind, layers, objectIds, location }),
    kind,
    severity: found.severity,
    layers,
    objectIds,
    location,
    labelId: found.labelId,
    message: found.message,
  };
}
