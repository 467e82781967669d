import type { LayerSnapshot } from '../doc/readLayer.ts';
import type { Result } from '../schema/result.ts';
import { ok } from '../schema/result.ts';
import type { Disagreement, DisagreementKind } from './Disagreement.ts';
import { disagreementId } from './disagreementId.ts';
import { framesToCompare } from './framesToCompare.ts';
import { identityAgreement } from './spatial/identityAgreement.ts';
import type { TrackFrameMatch } from './spatial/identitySwitches.ts';
import { matchFrame } from './spatial/matchFrame.ts';
import type { IouThresholdOf } from './spatial/PreparedShapes.ts';
import { spatialShapesAtFrame } from './spatialShapesAtFrame.ts';

/** Matched shapes whose IoU is below this disagree on geometry (they are the same object, drawn apart). */
export const GEOMETRY_AGREEMENT_IOU = 0.75;

/** What two layers agree on spatially, beside the disagreements. */
export interface SpatialSummary {
  framesCompared: number;
  /** Shape-frames matched, and left/right shape-frames without a partner. */
  matched: number;
  missing: number;
  extra: number;
  /** Mean IoU of matched shape-frames; null with none. */
  meanIoU: number | null;
  idf1: number | null;
  identitySwitches: number;
}

/** A disagreement found on one frame, before consecutive frames are joined. */
interface FrameFinding {
  kind: DisagreementKind;
  objectIds: string[];
  labelId: string | null;
  severity: number;
  message: string;
}

function keyOf(finding: FrameFinding): string {
  return `${finding.kind}\u0000${[...finding.objectIds].sort().join(',')}`;
}

/**
 * Where two layers' boxes and polygons disagree, frame by frame over the frames either draws on:
 * an object only one layer has (missing from the right, or extra in it), a matched pair with
 * different labels, a matched pair drawn apart (IoU below GEOMETRY_AGREEMENT_IOU), and identity
 * switches of tracks. The same finding on consecutive frames is one disagreement over that range.
 */
export function spatialDisagreements(
  layers: readonly [string, string],
  left: LayerSnapshot,
  right: LayerSnapshot,
  media: { width: number; height: number; frameCount: number },
  thresholdOf: IouThresholdOf,
): Result<{ disagreements: Disagreement[]; summary: SpatialSummary }> {
  const [, rightName] = layers;
  const range = framesToCompare([left, right], media.frameCount);
  const open = new Map<string, { finding: FrameFinding; first: number; last: number }>();
  const closed: Disagreement[] = [];
  const trackIds = new Set([...left.tracks, ...right.tracks].map((track) => track.id));
  const trackMatches = new Map<number, TrackFrameMatch>();
  const summary: SpatialSummary = {
    framesCompared: 0,
    matched: 0,
    missing: 0,
    extra: 0,
    meanIoU: null,
    idf1: null,
    identitySwitches: 0,
  };
  let iouSum = 0;
  const close = (entry: { finding: FrameFinding; first: number; last: number }) => {
    const { finding } = entry;
    const location = { frames: { first: entry.first, last: entry.last } };
    const objectIds = [...finding.objectIds].sort();
    closed.push({
      id: disagreementId({ kind: finding.kind, layers, objectIds, location }),
      kind: finding.kind,
      severity: finding.severity,
      layers,
      objectIds,
      location,
      labelId: finding.labelId,
      message: finding.message,
    });
  };
  for (let frame = range?.first ?? 0; range && frame <= range.last; frame += 1) {
    const leftShapes = spatialShapesAtFrame(left, frame);
    const rightShapes = spatialShapesAtFrame(right, frame);
    const matched = matchFrame(leftShapes, rightShapes, media, thresholdOf);
    if (!matched.ok) return matched;
    const { value } = matched;
    summary.framesCompared += 1;
    summary.matched += value.matched.length;
    summary.missing += value.missing.length;
    summary.extra += value.extra.length;
    const labels = new Map(
      [...leftShapes, ...rightShapes].map((shape) => [shape.id, shape.labelId]),
    );
    const findings: FrameFinding[] = [
      ...value.missing.map((id) => ({
        kind: 'missing' as const,
        objectIds: [id],
        labelId: labels.get(id) ?? null,
        severity: 1,
        message: `${rightName} has nothing here`,
      })),
      ...value.extra.map((id) => ({
        kind: 'extra' as const,
        objectIds: [id],
        labelId: labels.get(id) ?? null,
        severity: 1,
        message: `only ${rightName} has this`,
      })),
      ...value.labelMismatches.map((pair) => ({
        kind: 'label' as const,
        objectIds: [pair.leftId, pair.rightId],
        labelId: pair.leftLabelId,
        severity: 0.6,
        message: `labelled ${pair.leftLabelId ?? 'nothing'} and ${pair.rightLabelId ?? 'nothing'}`,
      })),
    ];
    for (const pair of value.matched) {
      iouSum += pair.iou;
      if (pair.iou >= GEOMETRY_AGREEMENT_IOU) continue;
      findings.push({
        kind: 'geometry',
        objectIds: [pair.leftId, pair.rightId],
        labelId: labels.get(pair.leftId) ?? null,
        severity: 0.5,
        message: `drawn apart (IoU below ${GEOMETRY_AGREEMENT_IOU})`,
      });
    }
    const onFrame = new Set<string>();
    for (const finding of findings) {
      const key = keyOf(finding);
      onFrame.add(key);
      const current = open.get(key);
      if (current && current.last === frame - 1) current.last = frame;
      else {
        if (current) close(current);
        open.set(key, { finding, first: frame, last: frame });
      }
    }
    for (const [key, entry] of open) {
      if (!onFrame.has(key)) {
        close(entry);
        open.delete(key);
      }
    }
    trackMatches.set(frame, {
      matched: value.matched.filter(
        (pair) => trackIds.has(pair.leftId) && trackIds.has(pair.rightId),
      ),
      missing: value.missing.filter((id) => trackIds.has(id)),
      extra: value.extra.filter((id) => trackIds.has(id)),
    });
  }
  for (const entry of open.values()) close(entry);
  const identity = identityAgreement(trackMatches);
  for (const change of identity.switches) {
    const location = { frames: { first: change.frame, last: change.frame } };
    const objectIds = [change.trackId, change.fromId, change.toId].sort();
    closed.push({
      id: disagreementId({ kind: 'identity-switch', layers, objectIds, location }),
      kind: 'identity-switch',
      severity: 0.8,
      layers,
      objectIds,
      location,
      labelId: null,
      message: `${change.side === 'left' ? layers[0] : layers[1]}'s ${change.trackId} switches from ${change.fromId} to ${change.toId}`,
    });
  }
  summary.meanIoU = summary.matched === 0 ? null : iouSum / summary.matched;
  summary.idf1 = identity.idf1;
  summary.identitySwitches = identity.switches.length;
  closed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ok({ disagreements: closed, summary });
}
