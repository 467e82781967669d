import { describe, expect, it } from 'vitest';
import type { GoldScore } from '../../../shared/agreement/goldScores.ts';
import type { CalibrationReportData } from '../../../shared/calibration/CalibrationReportData.ts';
import { traineeGoldAverages } from '../../../shared/calibration/report/traineeGoldAverages.ts';

function gold(spatialF1: number | null, segmentF1: number | null): GoldScore {
  const detection = (f1: number | null) => ({
    matched: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: f1 === null ? null : 1,
    recall: f1,
    f1,
  });
  return {
    layer: 'a.1',
    spatial: { ...detection(spatialF1), meanIoU: null, idf1: null, identitySwitches: 0 },
    segments: { ...detection(segmentF1), labelAccuracy: null, meanBoundaryErrorMs: null },
    transcripts: { wer: null, cer: null },
  };
}

describe('traineeGoldAverages', () => {
  it('averages each trainee’s scores over items, skipping nulls, and gives null when none is left', () => {
    const data: CalibrationReportData = {
      session: {
        id: 's1',
        projectId: 'p1',
        name: 'Round 1',
        trainer: { username: 'tess', displayName: 'Tess' },
        itemIds: ['i1', 'i2'],
        startedAtMs: 0,
        revealedAtMs: null,
        closedAtMs: 1,
      },
      trainees: [
        { username: 'ana', displayName: 'Ana' },
        { username: 'ben', displayName: 'Ben' },
        { username: 'cy', displayName: 'Cy' },
      ],
      scores: [
        { itemId: 'i1', username: 'ana', layer: 'a.1', gold: gold(0.5, null) },
        { itemId: 'i2', username: 'ana', layer: 'a.2', gold: gold(0.75, 0.25) },
        { itemId: 'i1', username: 'ben', layer: 'a.3', gold: gold(null, null) },
      ],
      agreement: [],
      timeline: [],
      labels: [],
      guidelineChanges: [],
    };
    expect(
      traineeGoldAverages(data).map(
        ({ trainee, itemsScored, spatialPrecision, spatialRecall, spatialF1, segmentF1 }) => [
          trainee.username,
          itemsScored,
          spatialPrecision,
          spatialRecall,
          spatialF1,
          segmentF1,
        ],
      ),
    ).toEqual([
      ['ana', 2, 1, 0.625, 0.625, 0.25],
      ['ben', 1, null, null, null, null],
      ['cy', 0, null, null, null, null],
    ]);
  });
});
