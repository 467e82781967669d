import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { goToFrame, openDemoEditor } from './editorPage.ts';
import { DEMO_FRAME_COUNT, readFrameCounter } from './readFrameCounter.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)('the video view in Chromium', () => {
  let demo: DemoServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    page = await openDemoEditor(browser, demo.url, 'annotator1');
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows exactly the frame it annotates after seeking to given frames', async () => {
    const last = DEMO_FRAME_COUNT - 1;
    const frames = [0, 1, 2, 29, 30, 31, 150, 299, 300, 451, last - 1, last, 7];
    const shown: Array<{ asked: number; canvas: string | null; counter: number }> = [];
    for (const frame of frames) {
      await goToFrame(page, frame);
      shown.push({
        asked: frame,
        canvas: await page.getByTestId('canvas').getAttribute('data-frame'),
        counter: await readFrameCounter(page),
      });
    }
    expect(shown).toEqual(
      frames.map((frame) => ({ asked: frame, canvas: String(frame), counter: frame })),
    );
  });

  it('steps one frame at a time with the arrow keys and the counter follows', async () => {
    await goToFrame(page, 40);
    await page.getByTestId('canvas').focus();
    for (let expected = 41; expected <= 45; expected += 1) {
      await page.keyboard.press('ArrowRight');
      await page.locator(`[data-testid="canvas"][data-frame="${expected}"]`).waitFor();
      expect(await readFrameCounter(page)).toBe(expected);
    }
    await page.keyboard.press('ArrowLeft');
    await page.locator('[data-testid="canvas"][data-frame="44"]').waitFor();
    expect(await readFrameCounter(page)).toBe(44);
  });
});
