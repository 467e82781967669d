import { describe, expect, it } from 'vitest';
import type {
  CalibrationReportData,
  ScoreSample,
} from '../../../shared/calibration/CalibrationReportData.ts';
import { traineeScoreLines } from '../../../shared/calibration/report/traineeScoreLines.ts';

const START_MS = 1_000_000;
const MINUTE_MS = 60_000;

function sessionWith(timeline: ScoreSample[]): CalibrationReportData {
  return {
    session: {
      id: 's1',
      projectId: 'p1',
      name: 'Round 1',
      trainer: { username: 'tess', displayName: 'Tess' },
      itemIds: ['i1', 'i2'],
      startedAtMs: START_MS,
      revealedAtMs: null,
      closedAtMs: START_MS + 60 * MINUTE_MS,
    },
    trainees: [
      { username: 'ana', displayName: 'Ana' },
      { username: 'ben', displayName: 'Ben' },
    ],
    scores: [],
    agreement: [],
    timeline,
    labels: [],
    guidelineChanges: [],
  };
}

function sample(
  minute: number,
  itemId: string,
  username: string,
  spatialF1: number | null,
): ScoreSample {
  return { atMs: START_MS + minute * MINUTE_MS, itemId, username, spatialF1, segmentF1: null };
}

describe('traineeScoreLines', () => {
  it('averages each item’s latest score at every sample, in time order', () => {
    const lines = traineeScoreLines(
      sessionWith([
        sample(10, 'i2', 'ana', 0.4),
        sample(2, 'i1', 'ana', 0.6),
        sample(15, 'i1', 'ana', 0.8),
        sample(4, 'i1', 'ben', 0.3),
      ]),
    );
    expect(lines.map((line) => line.trainee.username)).toEqual(['ana', 'ben']);
    expect(lines[0]?.points).toEqual([
      { minutes: 2, spatialF1: 0.6 },
      { minutes: 10, spatialF1: 0.5 },
      { minutes: 15, spatialF1: expect.closeTo(0.6, 10) },
    ]);
    expect(lines[1]?.points).toEqual([{ minutes: 4, spatialF1: 0.3 }]);
  });

  it('leaves an item out while its latest sample is null, and skips samples with no time', () => {
    const lines = traineeScoreLines(
      sessionWith([
        sample(1, 'i1', 'ana', null),
        sample(2, 'i2', 'ana', 0.5),
        sample(3, 'i2', 'ana', null),
        { ...sample(4, 'i1', 'ana', 0.9), atMs: Number.NaN },
      ]),
    );
    expect(lines[0]?.points).toEqual([{ minutes: 2, spatialF1: 0.5 }]);
  });

  it('gives every trainee a line, empty when they have no samples', () => {
    expect(traineeScoreLines(sessionWith([])).map((line) => line.points)).toEqual([[], []]);
  });
});
