import { describe, expect, it } from 'vitest';
import type { CalibrationReportData } from '../../../shared/calibration/CalibrationReportData.ts';
import { reportJson } from '../../../shared/calibration/report/reportJson.ts';

// Every object built with its keys in reverse, as a careless caller might.
function scrambledSession(): CalibrationReportData {
  return {
    guidelineChanges: [
      { description: 'renamed label Car to Vehicle', document: 'schema', by: 'tess', atMs: 60_000 },
    ],
    labels: [{ labelDisagreements: 1, agreed: 3, gold: 4, labelName: 'Car', labelId: 'car' }],
    timeline: [{ segmentF1: null, spatialF1: 0.5, username: 'ana', itemId: 'i1', atMs: 30_000 }],
    agreement: [
      {
        wer: null,
        segmentLabelAgreement: null,
        segmentF1: null,
        meanIoU: 0.7,
        spatialF1: 0.8,
        usernames: ['ana', 'ben'],
        itemId: 'i1',
      },
    ],
    scores: [
      {
        gold: {
          transcripts: { cer: null, wer: null },
          segments: {
            meanBoundaryErrorMs: null,
            labelAccuracy: null,
            f1: null,
            recall: null,
            precision: null,
            falseNegatives: 0,
            falsePositives: 0,
            matched: 0,
          },
          spatial: {
            identitySwitches: 1,
            idf1: 0.9,
            meanIoU: 0.7,
            f1: 0.8,
            recall: 0.8,
            precision: 0.8,
            falseNegatives: 1,
            falsePositives: 1,
            matched: 4,
          },
          layer: 'a.1',
        },
        layer: 'a.1',
        username: 'ana',
        itemId: 'i1',
      },
    ],
    trainees: [{ displayName: 'Ana', username: 'ana' }],
    session: {
      closedAtMs: 120_000,
      revealedAtMs: null,
      startedAtMs: 0,
      itemIds: ['i1'],
      trainer: { displayName: 'Tess', username: 'tess' },
      name: 'Round 1',
      projectId: 'p1',
      id: 's1',
    },
  };
}

describe('reportJson', () => {
  it('writes the data back unchanged, indented by two spaces', () => {
    const json = reportJson(scrambledSession());
    expect(JSON.parse(json)).toEqual(scrambledSession());
    expect(json.split('\n').slice(0, 3)).toEqual(['{', '  "session": {', '    "id": "s1",']);
  });

  it('orders every object’s keys as the types declare them, whatever order they were built in', () => {
    const parsed = JSON.parse(reportJson(scrambledSession()));
    expect(Object.keys(parsed)).toEqual([
      'session',
      'trainees',
      'scores',
      'agreement',
      'timeline',
      'labels',
      'guidelineChanges',
    ]);
    expect(Object.keys(parsed.session)).toEqual([
      'id',
      'projectId',
      'name',
      'trainer',
      'itemIds',
      'startedAtMs',
      'revealedAtMs',
      'closedAtMs',
    ]);
    expect(Object.keys(parsed.session.trainer)).toEqual(['username', 'displayName']);
    expect(Object.keys(parsed.scores[0])).toEqual(['itemId', 'username', 'layer', 'gold']);
    expect(Object.keys(parsed.scores[0].gold)).toEqual([
      'layer',
      'spatial',
      'segments',
      'transcripts',
    ]);
    expect(Object.keys(parsed.scores[0].gold.spatial)).toEqual([
      'matched',
      'falsePositives',
      'falseNegatives',
      'precision',
      'recall',
      'f1',
      'meanIoU',
      'idf1',
      'identitySwitches',
    ]);
    expect(Object.keys(parsed.scores[0].gold.segments).slice(-2)).toEqual([
      'labelAccuracy',
      'meanBoundaryErrorMs',
    ]);
    expect(Object.keys(parsed.agreement[0])).toEqual([
      'itemId',
      'usernames',
      'spatialF1',
      'meanIoU',
      'segmentF1',
      'segmentLabelAgreement',
      'wer',
    ]);
    expect(Object.keys(parsed.timeline[0])).toEqual([
      'atMs',
      'itemId',
      'username',
      'spatialF1',
      'segmentF1',
    ]);
    expect(Object.keys(parsed.labels[0])).toEqual([
      'labelId',
      'labelName',
      'gold',
      'agreed',
      'labelDisagreements',
    ]);
    expect(Object.keys(parsed.guidelineChanges[0])).toEqual([
      'atMs',
      'by',
      'document',
      'description',
    ]);
  });

  it('gives the same text for the same data built in different orders', () => {
    const scrambled = scrambledSession();
    const tidy: CalibrationReportData = JSON.parse(reportJson(scrambled));
    expect(reportJson(tidy)).toBe(reportJson(scrambled));
  });
});
