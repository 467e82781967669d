import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import type { DrawnBox } from './editorPage.ts';
import { dragInMedia, drawnBoxes, goToFrame, openDemoEditor, waitForSaved } from './editorPage.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');
const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

async function waitForBox(page: Page, matches: (box: DrawnBox) => boolean, timeoutMs: number) {
  const startedMs = Date.now();
  for (;;) {
    const box = (await drawnBoxes(page)).find(matches);
    if (box) return { box, elapsedMs: Date.now() - startedMs };
    if (Date.now() - startedMs > timeoutMs) {
      throw new Error(
        `no matching box within ${timeoutMs} ms; drawn: ${JSON.stringify(await drawnBoxes(page))}`,
      );
    }
    await page.waitForTimeout(20);
  }
}

const near = (actual: number, expected: number) => Math.abs(actual - expected) <= 2;

describe.skipIf(skipReason !== null)('two annotators co-annotating the demo video', () => {
  let demo: DemoServer;
  let browser: Browser;
  let first: Page;
  let second: Page;

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    demo = await startDemoServer();
    browser = await launchChromium();
    first = await openDemoEditor(browser, demo.url, 'annotator1');
    second = await openDemoEditor(browser, demo.url, 'annotator2');
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows a track drawn and moved by one annotator, interpolated, to the other within a second', async () => {
    await goToFrame(second, 15);
    await goToFrame(first, 0);
    await dragInMedia(first, { x: 100, y: 100 }, { x: 200, y: 180 });
    const drawn = await waitForBox(first, (box) => near(box.x, 100) && near(box.w, 100), 2_000);
    const held = await waitForBox(second, (box) => box.id === drawn.box.id, 1_000);
    expect(held.box.x).toBeCloseTo(100, 0);

    await goToFrame(first, 30);
    await dragInMedia(first, { x: 150, y: 140 }, { x: 250, y: 140 });
    const seen = await waitForBox(
      second,
      (box) => box.id === drawn.box.id && near(box.x, 150),
      1_000,
    );
    expect(seen.elapsedMs).toBeLessThanOrEqual(1_000);
    expect(seen.box).toMatchObject({ y: expect.closeTo(100, 0), w: expect.closeTo(100, 0) });
    await expect
      .poll(() => drawnBoxes(first))
      .toEqual([expect.objectContaining({ id: drawn.box.id })]);
    expect((await drawnBoxes(first))[0]?.x).toBeCloseTo(200, 0);
  });

  it('shows an utterance typed by one annotator to the other', async () => {
    await goToFrame(first, 60);
    await first.getByRole('button', { name: 'Insert at playhead' }).click();
    await first.keyboard.type('The orange square enters from the left.');
    await second
      .getByTestId('transcript')
      .filter({ hasText: 'The orange square enters from the left.' })
      .waitFor({ timeout: 5_000 });
  });

  it('keeps everything after both reload', async () => {
    await waitForSaved(first);
    await waitForSaved(second);
    await first.screenshot({ path: path.join(ARTIFACTS, 'annotator1.png') });
    await second.screenshot({ path: path.join(ARTIFACTS, 'annotator2.png') });
    for (const page of [first, second]) {
      await page.reload();
      await waitForSaved(page);
      await page.waitForFunction(() => {
        const video = document.querySelector<HTMLVideoElement>('[data-testid="video"]');
        return video !== null && video.readyState >= 2;
      });
      await goToFrame(page, 15);
      const boxes = await drawnBoxes(page);
      expect(boxes).toHaveLength(1);
      expect(boxes[0]?.x).toBeCloseTo(150, 0);
      await page
        .getByTestId('transcript')
        .filter({ hasText: 'The orange square enters from the left.' })
        .waitFor({ timeout: 5_000 });
    }
    await first.screenshot({ path: path.join(ARTIFACTS, 'annotator1-reloaded.png') });
    await second.screenshot({ path: path.join(ARTIFACTS, 'annotator2-reloaded.png') });
  });
});
