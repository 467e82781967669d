import { describe, expect, it } from 'vitest';
import type { GoldScore } from '../../../shared/agreement/goldScores.ts';
import type { CalibrationReportData } from '../../../shared/calibration/CalibrationReportData.ts';
import { reportHtml } from '../../../shared/calibration/report/reportHtml.ts';

const HOSTILE = '<script>alert(1)</script> & "x"';
const HOSTILE_ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;';
const MINUTE_MS = 60_000;
const CHARTS = ['gold-scores', 'agreement-matrix', 'over-time', 'per-label'];

function gold(spatial: number | null, segment: number | null): GoldScore {
  const detection = (value: number | null) => ({
    matched: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: value,
    recall: value,
    f1: value,
  });
  return {
    layer: 'a.1',
    spatial: { ...detection(spatial), meanIoU: spatial, idf1: spatial, identitySwitches: 0 },
    segments: { ...detection(segment), labelAccuracy: segment, meanBoundaryErrorMs: null },
    transcripts: { wer: null, cer: null },
  };
}

function emptySession(): CalibrationReportData {
  return {
    session: {
      id: 's1',
      projectId: 'p1',
      name: 'Round 1',
      trainer: { username: 'tess', displayName: 'Tess' },
      itemIds: [],
      startedAtMs: Date.UTC(2025, 2, 14, 9, 30),
      revealedAtMs: null,
      closedAtMs: Date.UTC(2025, 2, 14, 10, 30),
    },
    trainees: [],
    scores: [],
    agreement: [],
    timeline: [],
    labels: [],
    guidelineChanges: [],
  };
}

function fullSession(): CalibrationReportData {
  const empty = emptySession();
  const startMs = empty.session.startedAtMs;
  return {
    session: {
      ...empty.session,
      name: `Round ${HOSTILE}`,
      projectId: HOSTILE,
      trainer: { username: 'tess', displayName: HOSTILE },
      itemIds: ['i1', HOSTILE],
      revealedAtMs: startMs + 40 * MINUTE_MS,
    },
    trainees: [
      { username: 'ana', displayName: 'Ana' },
      { username: 'ben', displayName: HOSTILE },
    ],
    scores: [
      { itemId: 'i1', username: 'ana', layer: 'a.1', gold: gold(0.8, 0.5) },
      { itemId: HOSTILE, username: 'ana', layer: 'a.2', gold: gold(0.6, null) },
      { itemId: 'i1', username: 'ben', layer: HOSTILE, gold: gold(0.4, 0.9) },
    ],
    agreement: [
      {
        itemId: 'i1',
        usernames: ['ana', 'ben'],
        spatialF1: 0.5,
        meanIoU: 0.6,
        segmentF1: 0.7,
        segmentLabelAgreement: 0.8,
        wer: 0.1,
      },
    ],
    timeline: [
      {
        atMs: startMs + 5 * MINUTE_MS,
        itemId: 'i1',
        username: 'ana',
        spatialF1: 0.4,
        segmentF1: null,
      },
      {
        atMs: startMs + 9 * MINUTE_MS,
        itemId: 'i1',
        username: 'ben',
        spatialF1: 0.2,
        segmentF1: null,
      },
      {
        atMs: startMs + 20 * MINUTE_MS,
        itemId: 'i1',
        username: 'ana',
        spatialF1: 0.8,
        segmentF1: null,
      },
    ],
    labels: [
      { labelId: 'l1', labelName: HOSTILE, gold: 10, agreed: 7, labelDisagreements: 2 },
      { labelId: 'l2', labelName: 'Bus', gold: 0, agreed: 0, labelDisagreements: 0 },
    ],
    guidelineChanges: [
      { atMs: startMs + 12 * MINUTE_MS, by: 'tess', document: 'guidelines', description: HOSTILE },
    ],
  };
}

function chartsIn(html: string): string[] {
  return [...html.matchAll(/<svg data-chart="([^"]+)" role="img" aria-label="[^"]+"/g)].map(
    (match) => match[1] as string,
  );
}

describe('reportHtml', () => {
  it('escapes every text from the data, so a name cannot add a script or markup to the page', () => {
    const html = reportHtml(fullSession());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain(`<h1>Round ${HOSTILE_ESCAPED}</h1>`);
    expect(html).toContain(`<title>Calibration report: Round ${HOSTILE_ESCAPED}</title>`);
    // Header, gold table, chart label and tooltip, matrix labels, pair table, legend, label chart and table, change table.
    expect(html.split(HOSTILE_ESCAPED).length - 1).toBeGreaterThanOrEqual(15);
  });

  it('draws the four charts, each an accessible image, beside their numbers', () => {
    const html = reportHtml(fullSession());
    expect(chartsIn(html)).toEqual(CHARTS);
    // Ana's spatial F1 over her two items, (0.8 + 0.6) / 2, and her segment F1 with the null skipped.
    expect(html).toContain(
      '<td>Ana</td><td>ana</td><td class="number">2</td><td class="number">0.70</td><td class="number">0.70</td><td class="number">0.70</td><td class="number">0.50</td>',
    );
    expect(html).toContain('<text class="category"');
    expect(html.match(/class="diagonal"/g)).toHaveLength(2);
    expect(html).toContain('>7 / 10 · 0.70</text>');
    expect(html).toContain('>no gold</text>');
    expect(html).toContain('>revealed</text>');
  });

  it('loads nothing from elsewhere: no scripts, links, images or fonts, and a policy that forbids them', () => {
    const html = reportHtml(fullSession());
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    expect(html).not.toMatch(/@import|@font-face|https?:\/\//);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('renders a session with no trainees, items or samples as notes instead of charts', () => {
    const html = reportHtml(emptySession());
    expect(chartsIn(html)).toEqual([]);
    expect(html.match(/<p class="no-data">No data yet/g)).toHaveLength(5);
    expect(html).toContain('<dd>not revealed</dd>');
    expect(html).toContain('<dd>2025-03-14 09:30:00 UTC</dd>');
    expect(html).not.toMatch(/NaN|undefined|null|Infinity/);
  });

  it('shows dashes, never NaN or undefined, when every score is null or not a number', () => {
    const data = fullSession();
    data.scores = data.scores.map((score, index) => ({
      ...score,
      gold: gold(index === 0 ? Number.NaN : null, null),
    }));
    data.agreement = data.agreement.map((pair) => ({
      ...pair,
      spatialF1: null,
      meanIoU: Number.NaN,
      segmentF1: null,
      segmentLabelAgreement: null,
      wer: null,
    }));
    data.timeline = data.timeline.map((sample) => ({ ...sample, spatialF1: null }));
    data.labels = [{ labelId: 'l1', labelName: 'Car', gold: 0, agreed: 0, labelDisagreements: 0 }];
    data.session.closedAtMs = Number.NaN;
    const html = reportHtml(data);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(html).toContain('<td class="number">—</td>');
    expect(chartsIn(html)).toEqual(['per-label']);
    expect(html).toContain('No data yet: no trainee has a score against gold to chart.');
    expect(html).toContain('No data yet: no two trainees have drawn shapes to compare.');
    expect(html).toContain('No data yet: no scores have been sampled.');
  });
});
