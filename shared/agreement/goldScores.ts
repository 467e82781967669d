import { GOLD_LAYER } from '../doc/layerKind.ts';
import type { PairAgreement } from './itemAgreement.ts';

/** Precision, recall and F1 of one annotator's objects against gold's; null where undefined. */
export interface DetectionScores {
  /** Objects (shape-frames or segments) both have, the annotator's alone, gold's alone. */
  matched: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** One annotator's layer scored against gold. */
export interface GoldScore {
  layer: string;
  spatial: DetectionScores & {
    meanIoU: number | null;
    idf1: number | null;
    identitySwitches: number;
  };
  segments: DetectionScores & { labelAccuracy: number | null; meanBoundaryErrorMs: number | null };
  /** Word and character error rates of the annotator's transcript, gold the reference. */
  transcripts: { wer: number | null; cer: number | null };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function detection(
  matched: number,
  falsePositives: number,
  falseNegatives: number,
): DetectionScores {
  return {
    matched,
    falsePositives,
    falseNegatives,
    precision: ratio(matched, matched + falsePositives),
    recall: ratio(matched, matched + falseNegatives),
    f1: ratio(2 * matched, 2 * matched + falsePositives + falseNegatives),
  };
}

/**
 * Each annotator's scores against gold, from the pairs that include gold: what the annotator has
 * and gold lacks counts against precision, what gold has and the annotator lacks against recall.
 * Sorted by layer name; empty when no pair includes gold.
 */
export function goldScores(pairs: readonly PairAgreement[]): GoldScore[] {
  const scores: GoldScore[] = [];
  for (const { layers, spatial, segments, transcripts } of pairs) {
    const goldSide = layers.indexOf(GOLD_LAYER);
    if (goldSide === -1) continue;
    // `missing` is what the left layer has alone, `extra` what the right has alone.
    const annotatorAlone = (pair: { missing: number; extra: number }) =>
      goldSide === 1 ? pair.missing : pair.extra;
    const goldAlone = (pair: { missing: number; extra: number }) =>
      goldSide === 1 ? pair.extra : pair.missing;
    scores.push({
      layer: layers[goldSide === 1 ? 0 : 1],
      spatial: {
        ...detection(spatial.matched, annotatorAlone(spatial), goldAlone(spatial)),
        meanIoU: spatial.meanIoU,
        idf1: spatial.idf1,
        identitySwitches: spatial.identitySwitches,
      },
      segments: {
        ...detection(segments.matched, annotatorAlone(segments), goldAlone(segments)),
        labelAccuracy: ratio(segments.sameLabel, segments.matched),
        meanBoundaryErrorMs: segments.meanBoundaryErrorMs,
      },
      transcripts: { wer: transcripts.wer, cer: transcripts.cer },
    });
  }
  return scores.sort((a, b) => (a.layer < b.layer ? -1 : a.layer > b.layer ? 1 : 0));
}
