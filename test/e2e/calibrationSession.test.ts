import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { GoldScore } from '../../shared/agreement/goldScores.ts';
import { itemDocumentName, projectDocumentName } from '../../shared/doc/documentName.ts';
import { readGuidelineContent } from '../../shared/doc/guidelineContent.ts';
import type { CalibrationSessionResponse } from '../../shared/protocol/calibration.ts';
import { COLLAB_PATH } from '../../shared/protocol/http.ts';
import { runConcord } from '../integration/runConcord.ts';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { dragInMedia, goToFrame } from './editorPage.ts';
import { logIn, openRawDocument, signIn } from './reviewPages.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');
const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

const ITEM = 'street-gold';
const TRAINEES = ['annotator1', 'annotator2', 'annotator3'] as const;
/** Tall enough for the dashboard's table and worst disagreements above the fold. */
const TALL = { width: 1400, height: 1000 };

/** Whether the server lets the token's user open the document: synced, or refused. */
async function mayOpen(baseUrl: string, token: string, documentName: string): Promise<boolean> {
  const socket = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, 'ws')}${COLLAB_PATH}`,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    name: documentName,
    token,
    document: new Y.Doc(),
    websocketProvider: socket,
  });
  provider.attach();
  try {
    return await new Promise<boolean>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${documentName}: no verdict`)), 10_000);
      provider.on('authenticationFailed', () => {
        clearTimeout(timer);
        resolve(false);
      });
      provider.on('synced', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  } finally {
    provider.destroy();
    socket.destroy();
  }
}

/** Marks, in the page, the wall-clock time of the next mouse button release. */
async function watchMouseUp(page: Page): Promise<void> {
  await page.evaluate(() => {
    const marks = window as unknown as { mouseUpAtMs: number | null };
    marks.mouseUpAtMs = null;
    document.addEventListener('pointerup', () => (marks.mouseUpAtMs = Date.now()), {
      capture: true,
      once: true,
    });
  });
}

/** Marks, in the dashboard, when a trainee's scores against gold first differ from what it shows now. */
async function watchScore(page: Page, username: string): Promise<void> {
  await page.evaluate((name) => {
    const marks = window as unknown as { scoredAtMs: number | null };
    const scores = () => {
      const row = document.querySelector(`[data-testid="trainee-score"][data-username="${name}"]`);
      return ['precision', 'recall', 'f1']
        .map((figure) => row?.getAttribute(`data-spatial-${figure}`) ?? null)
        .join(' ');
    };
    const before = scores();
    marks.scoredAtMs = null;
    const observer = new MutationObserver(() => {
      if (marks.scoredAtMs === null && scores() !== before) {
        marks.scoredAtMs = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  }, username);
}

/** The dashboard's figures for each trainee, exactly as its data attributes carry them. */
async function dashboardScores(page: Page) {
  return page.getByTestId('trainee-score').evaluateAll((rows) =>
    rows.map((row) => ({
      username: row.getAttribute('data-username') ?? '',
      precision: row.getAttribute('data-spatial-precision') ?? '',
      recall: row.getAttribute('data-spatial-recall') ?? '',
      f1: row.getAttribute('data-spatial-f1') ?? '',
      meanIoU: row.getAttribute('data-mean-iou') ?? '',
      segmentF1: row.getAttribute('data-segment-f1') ?? '',
    })),
  );
}

const exact = (value: number | null) => (value === null ? '' : String(value));

describe.skipIf(skipReason !== null)('a calibration session run live', () => {
  let demo: DemoServer;
  let browser: Browser;
  let trainer: Page;
  const trainees = new Map<string, Page>();
  let layerOf: Map<string, string>;
  let sessionPath: string;

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    demo = await startDemoServer();
    browser = await launchChromium();
    trainer = await signIn(browser, demo.url, 'trainer', TALL);
    await trainer.goto(`${demo.url}/p/demo/calibration`);
    await trainer.getByTestId('session-name').fill('Street calibration');
    await trainer.getByTestId(`session-item-${ITEM}`).check();
    await trainer.getByTestId('session-trainees').fill(TRAINEES.join(', '));
    await trainer.getByTestId('session-start').click();
    await trainer.getByTestId('calibration-dashboard').waitFor({ timeout: 15_000 });
    await trainer.getByTestId(`sync-${ITEM}-agreement`).filter({ hasText: 'saved' }).waitFor();
    sessionPath = new URL(trainer.url()).pathname;
    const sessionId = sessionPath.split('/').at(-1) as string;
    const reply = await fetch(`${demo.url}/api/projects/demo/calibration-sessions/${sessionId}`, {
      headers: { authorization: `Bearer ${await logIn(demo.url, 'trainer')}` },
    });
    const { session } = (await reply.json()) as CalibrationSessionResponse;
    layerOf = new Map(session.layers.map((each) => [each.username, each.layer]));
    for (const username of TRAINEES) {
      const page = await signIn(browser, demo.url, username, TALL);
      await page.goto(`${demo.url}${sessionPath}`);
      await page.getByTestId(`label-${ITEM}`).click();
      const layer = layerOf.get(username) as string;
      await page.getByTestId(`sync-${layer}`).filter({ hasText: 'saved' }).waitFor();
      await page.waitForFunction(() => {
        const video = document.querySelector<HTMLVideoElement>('[data-testid="video"]');
        return video !== null && video.readyState >= 2;
      });
      await goToFrame(page, 30);
      trainees.set(username, page);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('moves a trainee’s scores on the dashboard within a second of their edit', async () => {
    const latencies: number[] = [];
    // At frame 30 gold's walker is near (101, 119, 50, 120) and its car not yet in view.
    const drawings: Record<string, [{ x: number; y: number }, { x: number; y: number }]> = {
      annotator1: [
        { x: 101, y: 119 },
        { x: 151, y: 239 },
      ],
      annotator2: [
        { x: 96, y: 114 },
        { x: 150, y: 230 },
      ],
      annotator3: [
        { x: 400, y: 300 },
        { x: 460, y: 360 },
      ],
    };
    for (const username of TRAINEES) {
      const page = trainees.get(username) as Page;
      await watchMouseUp(page);
      await watchScore(trainer, username);
      const [from, to] = drawings[username] as [{ x: number; y: number }, { x: number; y: number }];
      await dragInMedia(page, from, to);
      await trainer.waitForFunction(
        () => (window as unknown as { scoredAtMs: number | null }).scoredAtMs !== null,
        null,
        { polling: 10, timeout: 5_000 },
      );
      const upMs = await page.evaluate(
        () => (window as unknown as { mouseUpAtMs: number | null }).mouseUpAtMs,
      );
      const scoredMs = await trainer.evaluate(
        () => (window as unknown as { scoredAtMs: number }).scoredAtMs,
      );
      latencies.push(scoredMs - (upMs as number));
    }
    console.log(`dashboard score moved ${latencies.join(', ')} ms after each trainee's mouse-up`);
    for (const latency of latencies) expect(latency).toBeLessThan(1_000);
    await trainer.screenshot({
      path: path.join(ARTIFACTS, 'calibration-dashboard.png'),
      fullPage: true,
    });
  });

  it('shows the figures concord agreement computes offline from the exported layers', async () => {
    const trainerToken = await logIn(demo.url, 'trainer');
    const exported = await fetch(`${demo.url}/api/projects/demo/items/${ITEM}/export`, {
      headers: { authorization: `Bearer ${trainerToken}` },
    });
    expect(exported.status).toBe(200);
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-calibration-e2e-'));
    const file = path.join(folder, `${ITEM}.json`);
    await fs.writeFile(file, await exported.text());
    const offline = await runConcord(['agreement', file]);
    expect(offline.code).toBe(0);
    const gold = (JSON.parse(offline.stdout) as { gold: GoldScore[] }).gold;
    await fs.rm(folder, { recursive: true });
    const expected = TRAINEES.map((username) => {
      const score = gold.find((each) => each.layer === layerOf.get(username)) as GoldScore;
      return {
        username,
        precision: exact(score.spatial.precision),
        recall: exact(score.spatial.recall),
        f1: exact(score.spatial.f1),
        meanIoU: exact(score.spatial.meanIoU),
        segmentF1: exact(score.segments.f1),
      };
    });
    await expect
      .poll(async () =>
        (await dashboardScores(trainer)).sort((a, b) => a.username.localeCompare(b.username)),
      )
      .toEqual(expected);
    expect(Number(expected[0]?.f1)).toBeGreaterThan(Number(expected[2]?.f1));
  });

  it('drops a disagreement case into the guidelines from the dashboard', async () => {
    const worst = trainer.getByTestId('worst-disagreement').first();
    await worst.waitFor();
    await worst.getByRole('button', { name: 'Add to guidelines' }).click();
    await trainer.getByTestId('session-notice').waitFor();
    const guidelines = await openRawDocument(
      demo.url,
      await logIn(demo.url, 'annotator1'),
      projectDocumentName('demo', 'guidelines'),
    );
    const text = JSON.stringify(readGuidelineContent(guidelines.doc));
    guidelines.close();
    expect(text).toContain(`/p/demo/i/${ITEM}/review`);
    // A link, names and a location: never the trainees' annotations themselves.
    expect(text).not.toContain('keyframes');
  });

  it('keeps every other layer from a trainee until the reveal, and shows them after', async () => {
    const token = await logIn(demo.url, 'annotator1');
    const nameOf = (layer: string) => itemDocumentName('demo', ITEM, layer);
    const others = [layerOf.get('annotator2') as string, 'gold', 'agreement'];
    for (const layer of others) expect(await mayOpen(demo.url, token, nameOf(layer))).toBe(false);
    expect(await mayOpen(demo.url, token, nameOf(layerOf.get('annotator1') as string))).toBe(true);
    const page = trainees.get('annotator1') as Page;
    await page.goto(`${demo.url}/p/demo/i/${ITEM}/review`);
    await page.getByTestId('review-error').waitFor();
    await page.goto(`${demo.url}${sessionPath}`);
    expect(await page.getByTestId(`compare-${ITEM}`).count()).toBe(0);

    await trainer.getByTestId('session-reveal').click();
    await trainer.locator('[data-testid="calibration-session"][data-state="revealed"]').waitFor();
    for (const layer of others) expect(await mayOpen(demo.url, token, nameOf(layer))).toBe(true);
    await page.reload();
    await page.getByTestId(`compare-${ITEM}`).click();
    await page
      .getByTestId('sync-agreement')
      .filter({ hasText: 'saved' })
      .waitFor({ timeout: 15_000 });
    await page.getByTestId('sync-gold').waitFor();
    await page.getByTestId(`sync-${layerOf.get('annotator2')}`).waitFor();
    await expect.poll(() => page.getByTestId('disagreement').count()).toBeGreaterThan(0);
    // Their own disagreements (with gold and with the others) stand out from the others' pairs.
    const mine = page.locator('[data-testid="disagreement"][data-mine]');
    expect(await mine.count()).toBeGreaterThan(0);
    const texts = await mine.evaluateAll((entries) => entries.map((entry) => entry.textContent));
    for (const text of texts) expect(text).toContain('yours');
    const theirs = page.locator('[data-testid="disagreement"]:not([data-mine])');
    expect(await theirs.count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'calibration-trainee-revealed.png') });
    // A guidelines example's link opens the review page on its frame.
    await page.goto(`${demo.url}/p/demo/i/${ITEM}/review#frame=120-130`);
    await page
      .locator('[data-testid="review-canvas"][data-frame="120"]')
      .waitFor({ timeout: 15_000 });
  });

  it('closes into a report whose page opens with its charts drawn', async () => {
    await trainer.getByTestId('session-close').click();
    await trainer.locator('[data-testid="calibration-session"][data-state="closed"]').waitFor({
      timeout: 30_000,
    });
    const download = trainer.waitForEvent('download');
    await trainer.getByTestId('report-html').click();
    const saved = path.join(ARTIFACTS, 'calibration-session-report.html');
    await (await download).saveAs(saved);
    const report = await (await browser.newContext()).newPage();
    await report.goto(`file://${saved}`);
    for (const chart of ['gold-scores', 'agreement-matrix', 'over-time', 'per-label']) {
      const svg = report.locator(`svg[data-chart="${chart}"]`);
      expect((await svg.boundingBox())?.width ?? 0).toBeGreaterThan(0);
    }
    await report.screenshot({
      path: path.join(ARTIFACTS, 'calibration-session-report.png'),
      fullPage: true,
    });
  });

  it('mixes honeypots into an annotator’s queue from the calibration page, and lists their scores', async () => {
    await trainer.goto(`${demo.url}/p/demo/calibration`);
    await trainer.getByTestId('honeypot-source').selectOption(ITEM);
    await trainer.getByTestId('honeypot-annotators').fill('annotator1');
    await trainer.getByTestId('honeypot-rate').fill('20');
    await trainer.getByTestId('honeypot-make').click();
    const row = trainer.locator('[data-testid="honeypot-scores"] tr[data-username="annotator1"]');
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain(ITEM);
    const token = await logIn(demo.url, 'annotator1');
    const queue = (await (
      await fetch(`${demo.url}/api/me/queue`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { entries: Array<{ assignment: { itemId: string } }> };
    const queued = queue.entries.map((entry) => entry.assignment.itemId);
    expect(queued.some((itemId) => itemId.startsWith('it-'))).toBe(true);
    await trainer.screenshot({
      path: path.join(ARTIFACTS, 'calibration-honeypots.png'),
      fullPage: true,
    });
  });
});
