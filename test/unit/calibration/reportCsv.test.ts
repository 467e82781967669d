import { describe, expect, it } from 'vitest';
import type { GoldScore } from '../../../shared/agreement/goldScores.ts';
import type { CalibrationReportData } from '../../../shared/calibration/CalibrationReportData.ts';
import { reportCsv } from '../../../shared/calibration/report/reportCsv.ts';

const SCORE_HEADER =
  'session,item,trainee,display name,layer,spatial precision,spatial recall,spatial F1,mean IoU,IDF1,identity switches,segment precision,segment recall,segment F1,label accuracy,mean boundary error ms,WER,CER';
const AGREEMENT_HEADER =
  'item,trainee A,trainee B,spatial F1,mean IoU,segment F1,segment label agreement,WER';

function gold(
  layer: string,
  spatial: Partial<GoldScore['spatial']>,
  segments: Partial<GoldScore['segments']>,
  transcripts: Partial<GoldScore['transcripts']>,
): GoldScore {
  const none = {
    matched: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: null,
    recall: null,
    f1: null,
  };
  return {
    layer,
    spatial: { ...none, meanIoU: null, idf1: null, identitySwitches: 0, ...spatial },
    segments: { ...none, labelAccuracy: null, meanBoundaryErrorMs: null, ...segments },
    transcripts: { wer: null, cer: null, ...transcripts },
  };
}

function emptySession(): CalibrationReportData {
  return {
    session: {
      id: 's1',
      projectId: 'p1',
      name: 'Round 1, "warm-up"',
      trainer: { username: 'tess', displayName: 'Tess' },
      itemIds: ['item-2', '+item-1'],
      startedAtMs: 0,
      revealedAtMs: null,
      closedAtMs: 3_600_000,
    },
    trainees: [
      { username: 'ana', displayName: 'Ana\nLima' },
      { username: '@ben', displayName: '=HYPERLINK("http://x")' },
    ],
    scores: [],
    agreement: [],
    timeline: [],
    labels: [],
    guidelineChanges: [],
  };
}

function smallSession(): CalibrationReportData {
  return {
    ...emptySession(),
    // Out of the session's order on purpose: rows follow the items, then the trainees.
    scores: [
      {
        itemId: '+item-1',
        username: '@ben',
        layer: 'a.2',
        gold: gold(
          'a.2',
          { precision: 0.75, recall: 1, f1: 6 / 7, meanIoU: 0.81234, identitySwitches: 2 },
          {},
          {},
        ),
      },
      {
        itemId: '+item-1',
        username: 'ana',
        layer: 'a.3',
        gold: gold('a.3', {}, { precision: 0, recall: 0, f1: 0 }, { wer: 1.5 }),
      },
      {
        itemId: 'item-2',
        username: 'ana',
        layer: 'a.1',
        gold: gold(
          'a.1',
          { precision: 2 / 3, recall: 0.5, f1: 4 / 7, meanIoU: 0.7, idf1: 0.6 },
          {
            precision: 1,
            recall: 0.75,
            f1: 6 / 7,
            labelAccuracy: 0.5,
            meanBoundaryErrorMs: 123.46,
          },
          { wer: 0.125, cer: 0.04 },
        ),
      },
    ],
    agreement: [
      {
        itemId: '+item-1',
        usernames: ['@ben', 'ana'],
        spatialF1: 0.5,
        meanIoU: null,
        segmentF1: 2 / 3,
        segmentLabelAgreement: 1,
        wer: 0.25,
      },
      {
        itemId: 'item-2',
        usernames: ['@ben', 'ana'],
        spatialF1: null,
        meanIoU: null,
        segmentF1: null,
        segmentLabelAgreement: null,
        wer: null,
      },
    ],
  };
}

describe('reportCsv', () => {
  it('writes the scores against gold, an empty line, then the agreement between trainees', () => {
    const session = '"Round 1, ""warm-up"""';
    expect(reportCsv(smallSession())).toBe(
      [
        SCORE_HEADER,
        `${session},item-2,ana,"Ana\nLima",a.1,0.6667,0.5000,0.5714,0.7000,0.6000,0,1.0000,0.7500,0.8571,0.5000,123.5,0.1250,0.0400`,
        `${session},'+item-1,ana,"Ana\nLima",a.3,,,,,,0,0.0000,0.0000,0.0000,,,1.5000,`,
        `${session},'+item-1,'@ben,"'=HYPERLINK(""http://x"")",a.2,0.7500,1.0000,0.8571,0.8123,,2,,,,,,,`,
        '',
        AGREEMENT_HEADER,
        `item-2,'@ben,ana,,,,,`,
        `'+item-1,'@ben,ana,0.5000,,0.6667,1.0000,0.2500`,
        '',
      ].join('\r\n'),
    );
  });

  it('writes both headers and nothing else for a session with no scores yet', () => {
    expect(reportCsv(emptySession())).toBe(`${SCORE_HEADER}\r\n\r\n${AGREEMENT_HEADER}\r\n`);
  });

  it('leaves NaN and infinite scores empty, and the display name of someone not listed as a trainee', () => {
    const data = emptySession();
    data.scores = [
      {
        itemId: 'item-2',
        username: 'zoe',
        layer: 'a.9',
        gold: gold('a.9', { precision: Number.NaN, recall: Number.POSITIVE_INFINITY }, {}, {}),
      },
    ];
    const row = reportCsv(data).split('\r\n')[1];
    expect(row).toBe(`"Round 1, ""warm-up""",item-2,zoe,,a.9,,,,,,0,,,,,,,`);
  });
});
