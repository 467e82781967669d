import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DetectionScores, GoldScore } from '../../shared/agreement/goldScores.ts';
import type {
  CalibrationReportData,
  ScoreSample,
  TraineeItemScore,
} from '../../shared/calibration/CalibrationReportData.ts';
import { reportHtml } from '../../shared/calibration/report/reportHtml.ts';
import { chromiumSkipReason, launchChromium } from './chromium.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');
const CHARTS = ['gold-scores', 'agreement-matrix', 'over-time', 'per-label'];
const STARTED_AT_MS = Date.UTC(2025, 2, 14, 9, 30);
const MINUTE_MS = 60_000;
const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

function detection(
  matched: number,
  falsePositives: number,
  falseNegatives: number,
): DetectionScores {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  return {
    matched,
    falsePositives,
    falseNegatives,
    precision: ratio(matched, matched + falsePositives),
    recall: ratio(matched, matched + falseNegatives),
    f1: ratio(2 * matched, 2 * matched + falsePositives + falseNegatives),
  };
}

function score(
  itemId: string,
  username: string,
  [matched, falsePositives, falseNegatives]: [number, number, number],
  segments: [number, number, number] | null,
): TraineeItemScore {
  const layer = `a.${username}-${itemId}`;
  const gold: GoldScore = {
    layer,
    spatial: {
      ...detection(matched, falsePositives, falseNegatives),
      meanIoU: 0.6 + matched / 100,
      idf1: 0.7,
      identitySwitches: falsePositives % 3,
    },
    segments: {
      ...(segments ? detection(...segments) : detection(0, 0, 0)),
      labelAccuracy: segments ? 0.8 : null,
      meanBoundaryErrorMs: segments ? 180 : null,
    },
    transcripts: { wer: segments ? 0.12 : null, cer: segments ? 0.05 : null },
  };
  return { itemId, username, layer, gold };
}

// Each trainee climbs towards gold over 45 minutes at their own pace, one sample per item in turn.
function timeline(): ScoreSample[] {
  const paces: [string, number, number][] = [
    ['ana', 0.55, 0.9],
    ['ben', 0.4, 0.78],
    ['dee', 0.3, 0.62],
  ];
  return Array.from({ length: 21 }, (_, index) => {
    const [username, from, to] = paces[index % 3] as [string, number, number];
    const progress = index / 20;
    return {
      atMs: STARTED_AT_MS + Math.round((2 + progress * 43) * MINUTE_MS),
      itemId: index % 2 === 0 ? 'street-01' : 'street-02',
      username,
      spatialF1: from + (to - from) * progress,
      segmentF1: null,
    };
  });
}

function realisticSession(): CalibrationReportData {
  return {
    session: {
      id: 'cal-7f3a',
      projectId: 'urban-scenes',
      name: 'Street scenes — round 2',
      trainer: { username: 'tessa', displayName: 'Tessa Morgan' },
      itemIds: ['street-01', 'street-02'],
      startedAtMs: STARTED_AT_MS,
      revealedAtMs: STARTED_AT_MS + 38 * MINUTE_MS,
      closedAtMs: STARTED_AT_MS + 50 * MINUTE_MS,
    },
    trainees: [
      { username: 'ana', displayName: 'Ana Lima' },
      { username: 'ben', displayName: 'Ben O’Neill' },
      { username: 'dee', displayName: 'Dee <QA> & "Co"' },
    ],
    scores: [
      score('street-01', 'ana', [42, 4, 5], [11, 1, 2]),
      score('street-01', 'ben', [37, 8, 10], [9, 3, 4]),
      score('street-01', 'dee', [30, 14, 17], null),
      score('street-02', 'ana', [25, 2, 3], [7, 1, 0]),
      score('street-02', 'ben', [22, 5, 6], [6, 2, 1]),
      score('street-02', 'dee', [18, 9, 10], [4, 3, 3]),
    ],
    agreement: [
      ['street-01', 'ana', 'ben', 0.82],
      ['street-01', 'ana', 'dee', 0.64],
      ['street-01', 'ben', 'dee', 0.58],
      ['street-02', 'ana', 'ben', 0.88],
      ['street-02', 'ana', 'dee', 0.7],
      ['street-02', 'ben', 'dee', 0.61],
    ].map(([itemId, first, second, spatialF1]) => ({
      itemId: itemId as string,
      usernames: [first as string, second as string],
      spatialF1: spatialF1 as number,
      meanIoU: (spatialF1 as number) - 0.08,
      segmentF1: 0.75,
      segmentLabelAgreement: 0.9,
      wer: 0.14,
    })),
    timeline: timeline(),
    labels: [
      { labelId: 'car', labelName: 'Car', gold: 96, agreed: 88, labelDisagreements: 3 },
      {
        labelId: 'pedestrian',
        labelName: 'Pedestrian',
        gold: 64,
        agreed: 49,
        labelDisagreements: 7,
      },
      { labelId: 'cyclist', labelName: 'Cyclist', gold: 21, agreed: 12, labelDisagreements: 6 },
      { labelId: 'light', labelName: 'Traffic light', gold: 30, agreed: 27, labelDisagreements: 0 },
    ],
    guidelineChanges: [
      {
        atMs: STARTED_AT_MS + 12 * MINUTE_MS,
        by: 'tessa',
        document: 'guidelines',
        description: 'Occluded pedestrians: box the visible part only',
      },
      {
        atMs: STARTED_AT_MS + 21 * MINUTE_MS,
        by: 'tessa',
        document: 'schema',
        description: 'renamed label Bike to Cyclist',
      },
      {
        atMs: STARTED_AT_MS + 30 * MINUTE_MS,
        by: 'tessa',
        document: 'guidelines',
        description: 'saved version Round 2',
      },
    ],
  };
}

describe.skipIf(skipReason !== null)('the calibration report page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws all four charts of a realistic session in Chromium without a console error', async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    const htmlPath = path.join(ARTIFACTS, 'calibration-report.html');
    await fs.writeFile(htmlPath, reportHtml(realisticSession()));
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(pathToFileURL(htmlPath).href);

    for (const chart of CHARTS) {
      const svg = page.locator(`svg[data-chart="${chart}"]`);
      const box = await svg.boundingBox();
      expect(box?.width, chart).toBeGreaterThan(0);
      expect(box?.height, chart).toBeGreaterThan(0);
      expect(await svg.getAttribute('role'), chart).toBe('img');
      expect(await svg.getAttribute('aria-label'), chart).toBeTruthy();
      expect(await svg.locator('rect, path, polyline, circle').count(), chart).toBeGreaterThan(0);
    }
    await expect(page.locator('h1').textContent()).resolves.toBe('Street scenes — round 2');
    const deeInMatrix = page.locator('svg[data-chart="agreement-matrix"] text', {
      hasText: 'Dee <QA> & "Co"',
    });
    expect(await deeInMatrix.count()).toBe(2);
    expect(consoleErrors).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'calibration-report.png'), fullPage: true });
    await page.close();
  });
});
