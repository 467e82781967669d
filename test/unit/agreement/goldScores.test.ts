import { describe, expect, it } from 'vitest';
import { goldScores } from '../../../shared/agreement/goldScores.ts';
import type { PairAgreement } from '../../../shared/agreement/itemAgreement.ts';
import { emptyTranscriptTotals } from '../../../shared/agreement/transcriptDisagreements.ts';

const SEGMENTS_NONE = {
  matched: 0,
  missing: 0,
  extra: 0,
  sameLabel: 0,
  boundaryErrorTotalMs: 0,
  meanBoundaryErrorMs: null,
};

function pair(
  layers: [string, string],
  matched: number,
  missing: number,
  extra: number,
): PairAgreement {
  return {
    layers,
    spatial: {
      framesCompared: 10,
      matched,
      missing,
      extra,
      meanIoU: 0.8,
      idf1: 0.9,
      identitySwitches: 1,
    },
    segments: { ...SEGMENTS_NONE, matched: 4, missing: 1, extra: 0, sameLabel: 3 },
    transcripts: { ...emptyTranscriptTotals(), wer: 0.25, cer: 0.1 },
  };
}

describe('goldScores', () => {
  it('scores each annotator against gold: their objects alone cost precision, gold’s alone recall', () => {
    const scores = goldScores([
      pair(['a.ann', 'a.ben'], 5, 5, 5),
      pair(['a.ann', 'gold'], 8, 2, 4),
      pair(['a.ben', 'gold'], 0, 0, 0),
    ]);
    expect(scores.map((score) => score.layer)).toEqual(['a.ann', 'a.ben']);
    expect(scores[0]?.spatial).toEqual({
      matched: 8,
      falsePositives: 2,
      falseNegatives: 4,
      precision: 0.8,
      recall: 8 / 12,
      f1: 16 / 22,
      meanIoU: 0.8,
      idf1: 0.9,
      identitySwitches: 1,
    });
    expect(scores[0]?.segments).toMatchObject({
      precision: 0.8,
      recall: 1,
      labelAccuracy: 0.75,
    });
    expect(scores[0]?.transcripts).toEqual({ wer: 0.25, cer: 0.1 });
    expect(scores[1]?.spatial).toMatchObject({ precision: null, recall: null, f1: null });
  });

  it('reads the sides the other way round when gold sorts first', () => {
    const [score] = goldScores([pair(['gold', 'x.model'], 6, 3, 1)]);
    expect(score).toMatchObject({
      layer: 'x.model',
      spatial: { falsePositives: 1, falseNegatives: 3 },
    });
  });
});
