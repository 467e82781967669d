import type { PairAgreement } from '../agreement/itemAgreement.ts';
import type { TraineePairAgreement } from './CalibrationReportData.ts';

function f1Of(matched: number, missing: number, extra: number): number | null {
  const whole = 2 * matched + missing + extra;
  return whole === 0 ? null : (2 * matched) / whole;
}

/**
 * How two trainees' layers on an item agree, from the pair's summary; null when the pair is not
 * two of the session's trainees (`usernameOf` knows only their layers).
 */
export function traineePairAgreement(
  itemId: string,
  pair: PairAgreement,
  usernameOf: (layer: string) => string | undefined,
): TraineePairAgreement | null {
  const [left, right] = pair.layers.map(usernameOf);
  if (left === undefined || right === undefined) return null;
  const { spatial, segments, transcripts } = pair;
  return {
    itemId,
    usernames: left <= right ? [left, right] : [right, left],
    spatialF1: f1Of(spatial.matched, spatial.missing, spatial.extra),
    meanIoU: spatial.meanIoU,
    segmentF1: f1Of(segments.matched, segments.missing, segments.extra),
    segmentLabelAgreement: segments.matched === 0 ? null : segments.sameLabel / segments.matched,
    wer: transcripts.wer,
  };
}
