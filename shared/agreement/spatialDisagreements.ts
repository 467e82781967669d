import type { LayerSnapshot } from '../doc/readLayer.ts';
import type { Result } from '../schema/result.ts';
import { ok } from '../schema/result.ts';
import type { FrameFinding } from './compareFrame.ts';
import { compareFrame, disagreementOfFinding, IOU_UNITS } from './compareFrame.ts';
import type { Disagreement } from './Disagreement.ts';
import { framesToCompare } from './framesToCompare.ts';
import { identityAgreement } from './spatial/identityAgreement.ts';
import type { TrackFrameMatch } from './spatial/identitySwitches.ts';
import type { IouThresholdOf } from './spatial/PreparedShapes.ts';
import { spatialShapesAtFrame } from './spatialShapesAtFrame.ts';
import { switchDisagreement } from './switchDisagreement.ts';

/** What two layers agree on spatially, beside the disagreements. */
export interface SpatialSummary {
  framesCompared: number;
  /** Shape-frames matched, and left/right shape-frames without a partner. */
  matched: number;
  missing: number;
  extra: number;
  /** Mean IoU of matched shape-frames (summed in IOU_UNITS); null with none. */
  meanIoU: number | null;
  idf1: number | null;
  identitySwitches: number;
}

/** The mean IoU of a total in IOU_UNITS over `matched` pairs; every scorer divides the same way. */
export function meanIoUOf(iouUnits: number, matched: number): number | null {
  return matched === 0 ? null : iouUnits / matched / IOU_UNITS;
}

/**
 * Where two layers' boxes and polygons disagree, frame by frame over the frames either draws on
 * (see compareFrame), and identity switches of tracks. The same finding on consecutive frames is
 * one disagreement over that range. The full computation: the live engine's incremental result
 * must equal it.
 */
export function spatialDisagreements(
  layers: readonly [string, string],
  left: LayerSnapshot,
  right: LayerSnapshot,
  media: { width: number; height: number; frameCount: number },
  thresholdOf: IouThresholdOf,
): Result<{ disagreements: Disagreement[]; summary: SpatialSummary }> {
  const range = framesToCompare([left, right], media.frameCount);
  const open = new Map<string, { found: FrameFinding; first: number; last: number }>();
  const closed: Disagreement[] = [];
  const trackMatches = new Map<number, TrackFrameMatch>();
  const counts = { framesCompared: 0, matched: 0, missing: 0, extra: 0, iouUnits: 0 };
  const close = ({ found, first, last }: { found: FrameFinding; first: number; last: number }) =>
    closed.push(disagreementOfFinding(layers, found, first, last));
  for (let frame = range?.first ?? 0; range && frame <= range.last; frame += 1) {
    const compared = compareFrame(
      layers,
      spatialShapesAtFrame(left, frame),
      spatialShapesAtFrame(right, frame),
      media,
      thresholdOf,
    );
    if (!compared.ok) return compared;
    const { value } = compared;
    counts.framesCompared += 1;
    counts.matched += value.matched;
    counts.missing += value.missing;
    counts.extra += value.extra;
    counts.iouUnits += value.iouUnits;
    for (const found of value.findings) {
      const current = open.get(found.key);
      if (current && current.last === frame - 1) current.last = frame;
      else {
        if (current) close(current);
        open.set(found.key, { found, first: frame, last: frame });
      }
    }
    for (const [key, entry] of open) {
      if (entry.last !== frame) {
        close(entry);
        open.delete(key);
      }
    }
    trackMatches.set(frame, value.tracks);
  }
  for (const entry of open.values()) close(entry);
  const identity = identityAgreement(trackMatches);
  closed.push(...identity.switches.map((change) => switchDisagreement(layers, change)));
  closed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { framesCompared, matched, missing, extra } = counts;
  return ok({
    disagreements: closed,
    summary: {
      framesCompared,
      matched,
      missing,
      extra,
      meanIoU: meanIoUOf(counts.iouUnits, matched),
      idf1: identity.idf1,
      identitySwitches: identity.switches.length,
    },
  });
}
