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

/** A left shape nothing on the right matched. */
export function missingFinding(rightName: string, shape: SpatialShape): FrameFinding {
  const message = `${rightName} has nothing here`;
  return finding('missing', [shape.id], { labelId: shape.labelId, severity: 1, message });
}

/** A right shape nothing on the left matched. */
export function extraFinding(rightName: string, shape: SpatialShape): FrameFinding {
  const message = `only ${rightName} has this`;
  return finding('extra', [shape.id], { labelId: shape.labelId, severity: 1, message });
}

/** What a matched pair disagrees on: its labels, and its geometry when drawn apart. */
export function pairFindings(left: SpatialShape, right: SpatialShape, iou: number): FrameFinding[] {
  const findings: FrameFinding[] = [];
  const ids = [left.id, right.id];
  if (left.labelId !== right.labelId) {
    const message = `labelled ${left.labelId ?? 'nothing'} and ${right.labelId ?? 'nothing'}`;
    findings.push(finding('label', ids, { labelId: left.labelId, severity: 0.6, message }));
  }
  if (iou < GEOMETRY_AGREEMENT_IOU) {
    const message = `drawn apart (IoU below ${GEOMETRY_AGREEMENT_IOU})`;
    findings.push(finding('geometry', ids, { labelId: left.labelId, severity: 0.5, message }));
  }
  return findings;
}

/** A matched pair's IoU as it is summed: in IOU_UNITS. */
export function iouUnitsOf(iou: number): number {
  return Math.round(iou * IOU_UNITS);
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
  const { matched, missing, extra } = match.value;
  const rightName = layers[1];
  const [leftById, rightById] = [left, right].map(
    (shapes) => new Map(shapes.map((shape) => [shape.id, shape])),
  ) as [Map<string, SpatialShape>, Map<string, SpatialShape>];
  const isTrack = (shape: SpatialShape | undefined) => shape?.geometry.kind === 'box';
  const findings: FrameFinding[] = [
    ...missing.map((id) => missingFinding(rightName, leftById.get(id) as SpatialShape)),
    ...extra.map((id) => extraFinding(rightName, rightById.get(id) as SpatialShape)),
  ];
  let iouUnits = 0;
  for (const pair of matched) {
    iouUnits += iouUnitsOf(pair.iou);
    const [leftShape, rightShape] = [leftById.get(pair.leftId), rightById.get(pair.rightId)];
    findings.push(...pairFindings(leftShape as SpatialShape, rightShape as SpatialShape, pair.iou));
  }
  return ok({
    matched: matched.length,
    missing: missing.length,
    extra: extra.length,
    iouUnits,
    findings: orNone(findings),
    tracks: {
      matched: orNone(
        matched.filter(
          (pair) => isTrack(leftById.get(pair.leftId)) && isTrack(rightById.get(pair.rightId)),
        ),
      ),
      missing: orNone(missing.filter((id) => isTrack(leftById.get(id)))),
      extra: orNone(extra.filter((id) => isTrack(rightById.get(id)))),
    },
  });
}

const NONE: readonly never[] = Object.freeze([]);

/** The list, or one shared empty list: the live engine keeps a comparison per cluster and frame. */
export function orNone<T>(list: T[]): T[] {
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
