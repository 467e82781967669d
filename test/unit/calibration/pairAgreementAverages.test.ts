import { describe, expect, it } from 'vitest';
import type {
  CalibrationReportData,
  TraineePairAgreement,
} from '../../../shared/calibration/CalibrationReportData.ts';
import { pairAgreementAverages } from '../../../shared/calibration/report/pairAgreementAverages.ts';

function pair(
  itemId: string,
  usernames: [string, string],
  spatialF1: number | null,
): TraineePairAgreement {
  return {
    itemId,
    usernames,
    spatialF1,
    meanIoU: null,
    segmentF1: null,
    segmentLabelAgreement: null,
    wer: 0.2,
  };
}

function sessionWith(agreement: TraineePairAgreement[]): CalibrationReportData {
  return {
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
    trainees: ['cy', 'ana', 'ben'].map((username) => ({ username, displayName: username })),
    scores: [],
    agreement,
    timeline: [],
    labels: [],
    guidelineChanges: [],
  };
}

describe('pairAgreementAverages', () => {
  it('lists every pair of trainees once, in trainee order, averaged over items with nulls skipped', () => {
    const averages = pairAgreementAverages(
      sessionWith([
        pair('i1', ['ana', 'cy'], 0.5),
        pair('i2', ['ana', 'cy'], 0.7),
        pair('i1', ['ana', 'ben'], null),
        pair('i2', ['ana', 'ben'], 0.9),
        pair('i1', ['ana', 'zed'], 0.1),
      ]),
    );
    expect(
      averages.map(({ first, second, items, spatialF1, meanIoU, wer }) => [
        first.username,
        second.username,
        items,
        spatialF1,
        meanIoU,
        wer,
      ]),
    ).toEqual([
      ['cy', 'ana', 2, expect.closeTo(0.6, 10), null, expect.closeTo(0.2, 10)],
      ['cy', 'ben', 0, null, null, null],
      ['ana', 'ben', 2, 0.9, null, expect.closeTo(0.2, 10)],
    ]);
  });
});
