import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { readFrameCounter } from './readFrameCounter.ts';
import type { DrawnBox } from './editorPage.ts';
import { drawnBoxes, openDemoEditor, waitForSaved } from './editorPage.ts';
import {
  dragOnStage,
  mediaAndCanvasRects,
  openImageItem,
  shownViewport,
  stagePoint,
  waitForImage,
} from './imageEditorPage.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');
const MEDIA = { width: 640, height: 360 };
const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

async function waitForBoxes(page: Page, count: number): Promise<DrawnBox[]> {
  await expect.poll(async () => (await drawnBoxes(page)).length, { timeout: 5_000 }).toBe(count);
  return drawnBoxes(page);
}

async function expectMediaUnderCanvas(page: Page, mediaTestId: string): Promise<void> {
  const { shown, expected } = await mediaAndCanvasRects(page, mediaTestId, MEDIA);
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    expect(
      Math.abs(shown[key] - expected[key]),
      `${key}: ${JSON.stringify({ shown, expected })}`,
    ).toBeLessThan(0.5);
  }
}

function expectBox(
  box: DrawnBox | undefined,
  expected: { x: number; y: number; w: number; h: number },
) {
  // Within a pixel: the pointer lands on whole CSS pixels, which are fractions of a media pixel.
  for (const key of ['x', 'y', 'w', 'h'] as const) {
    expect(
      Math.abs((box?.[key] ?? NaN) - expected[key]),
      `${key} of ${JSON.stringify(box)}`,
    ).toBeLessThanOrEqual(1);
  }
}

describe.skipIf(skipReason !== null)('image items in Chromium', () => {
  let demo: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    demo = await startDemoServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('draws boxes on a single image in media pixels at any zoom and pan', async () => {
    const page = await openImageItem(browser, demo.url, 'annotator1', 'street-still');
    await expect.poll(() => page.getByTestId('image-indicator').textContent()).toBe('single image');
    expect(await page.locator('.pane-timeline').isVisible()).toBe(false);

    await dragOnStage(page, MEDIA, { x: 100, y: 100 }, { x: 200, y: 180 });
    expectBox((await waitForBoxes(page, 1))[0], { x: 100, y: 100, w: 100, h: 80 });

    // The pointer rests on whole CSS pixels: the media pixel under it is what must stay put.
    const pointer = await stagePoint(page, MEDIA, 400, 200);
    const anchor = { x: Math.round(pointer.x), y: Math.round(pointer.y) };
    const bounds = (await page.getByTestId('canvas').boundingBox())!;
    const anchored = {
      x: ((anchor.x - bounds.x) * MEDIA.width) / bounds.width,
      y: ((anchor.y - bounds.y) * MEDIA.height) / bounds.height,
    };
    await page.mouse.move(anchor.x, anchor.y);
    await page.mouse.wheel(0, -500);
    await expect.poll(async () => (await shownViewport(page)).zoom).toBeGreaterThan(2);
    const afterZoom = await stagePoint(page, MEDIA, anchored.x, anchored.y);
    expect(Math.abs(afterZoom.x - anchor.x)).toBeLessThan(0.01);
    expect(Math.abs(afterZoom.y - anchor.y)).toBeLessThan(0.01);
    expect(await page.getByTestId('zoom-level').textContent()).toMatch(/^\d{3}%$/);

    const zoomed = await shownViewport(page);
    await page.keyboard.down(' ');
    await page.mouse.down();
    await page.mouse.move(anchor.x - 120, anchor.y - 60, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up(' ');
    const panned = await shownViewport(page);
    expect(panned.zoom).toBe(zoomed.zoom);
    expect(panned.originX).toBeGreaterThan(zoomed.originX);
    expect(panned.originY).toBeGreaterThan(zoomed.originY);

    const before = await stagePoint(page, MEDIA, 450, 220);
    await page.mouse.move(before.x, before.y);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(before.x + 40, before.y + 20, { steps: 3 });
    await page.mouse.up({ button: 'middle' });
    const grabbed = await stagePoint(page, MEDIA, 450, 220);
    expect(Math.abs(grabbed.x - (before.x + 40))).toBeLessThan(1);
    expect(Math.abs(grabbed.y - (before.y + 20))).toBeLessThan(1);
    expect(await drawnBoxes(page)).toHaveLength(1);
    await expectMediaUnderCanvas(page, 'stage-image');

    await dragOnStage(page, MEDIA, { x: 430, y: 210 }, { x: 470, y: 240 });
    const boxes = await waitForBoxes(page, 2);
    expectBox(
      boxes.find((box) => box.x > 300),
      { x: 430, y: 210, w: 40, h: 30 },
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'image-zoomed.png') });

    await page.keyboard.press('f');
    await expect.poll(() => shownViewport(page)).toEqual({ zoom: 1, originX: 0, originY: 0 });
    await waitForSaved(page);
    await page.reload();
    await waitForSaved(page);
    await waitForImage(page);
    const stored = await waitForBoxes(page, 2);
    expectBox(
      stored.find((box) => box.x < 300),
      { x: 100, y: 100, w: 100, h: 80 },
    );
    expectBox(
      stored.find((box) => box.x > 300),
      { x: 430, y: 210, w: 40, h: 30 },
    );
    await page.context().close();
  });

  it('zooms and pans the video the same way, drawing in media pixels', async () => {
    const page = await openDemoEditor(browser, demo.url, 'annotator2');
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(async () => (await shownViewport(page)).zoom).toBeCloseTo(1.5625, 6);
    const centre = await stagePoint(page, MEDIA, 320, 180);
    await page.mouse.move(Math.round(centre.x), Math.round(centre.y));
    await page.mouse.wheel(0, -300);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(Math.round(centre.x) - 50, Math.round(centre.y) + 30, { steps: 3 });
    await page.mouse.up({ button: 'middle' });
    await expectMediaUnderCanvas(page, 'video');
    const { zoom, originX, originY } = await shownViewport(page);
    const centreX = Math.round(originX + MEDIA.width / zoom / 2);
    const centreY = Math.round(originY + MEDIA.height / zoom / 2);
    const corner = { x: centreX - 20, y: centreY - 15 };
    await dragOnStage(page, MEDIA, corner, { x: centreX + 20, y: centreY + 15 });
    expectBox((await waitForBoxes(page, 1))[0], { ...corner, w: 40, h: 30 });
    await page.getByTestId('zoom-fit').click();
    await expect.poll(() => shownViewport(page)).toEqual({ zoom: 1, originX: 0, originY: 0 });
    await expectMediaUnderCanvas(page, 'video');

    // Space over the stage is kept for panning, yet a tap (no drag) still plays and pauses.
    await page.mouse.move(Math.round(centre.x), Math.round(centre.y));
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play-pause').textContent()).toBe('⏸');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play-pause').textContent()).toBe('▶');
    await page.context().close();
  });

  it('filters only the image with brightness and contrast, and resets', async () => {
    const page = await openImageItem(browser, demo.url, 'annotator2', 'street-still');
    await page.getByTestId('brightness').fill('150');
    await page.getByTestId('contrast').fill('80');
    const filterOf = (testId: string) =>
      page.getByTestId(testId).evaluate((element) => getComputedStyle(element).filter);
    expect(await filterOf('stage-image')).toBe('brightness(1.5) contrast(0.8)');
    expect(
      await page
        .locator('[data-testid="canvas"] canvas')
        .evaluate((c) => getComputedStyle(c).filter),
    ).toBe('none');
    expect(await filterOf('canvas')).toBe('none');
    await page.getByTestId('reset-adjustments').click();
    expect(await filterOf('stage-image')).toBe('none');
    await page.context().close();
  });

  it('steps through an image set, annotating each image on its own', async () => {
    const page = await openImageItem(browser, demo.url, 'annotator1', 'street-frames');
    const indicator = page.getByTestId('image-indicator');
    await expect.poll(() => indicator.textContent()).toBe('image 1 of 4');
    expect(await readFrameCounter(page, 'stage-image')).toBe(0);
    await dragOnStage(page, MEDIA, { x: 50, y: 60 }, { x: 150, y: 160 });
    expectBox((await waitForBoxes(page, 1))[0], { x: 50, y: 60, w: 100, h: 100 });

    await page.getByTestId('canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid="canvas"][data-frame="1"]').waitFor();
    await waitForImage(page);
    expect(await indicator.textContent()).toBe('image 2 of 4');
    expect(await page.getByTestId('image-name').textContent()).toBe('frame-150.jpg');
    expect(await readFrameCounter(page, 'stage-image')).toBe(150);
    expect(await drawnBoxes(page)).toEqual([]);

    await dragOnStage(page, MEDIA, { x: 300, y: 100 }, { x: 380, y: 200 });
    expectBox((await waitForBoxes(page, 1))[0], { x: 300, y: 100, w: 80, h: 100 });

    await page.getByTestId('step-forward').click();
    await page.locator('[data-testid="canvas"][data-frame="2"]').waitFor();
    expect(await indicator.textContent()).toBe('image 3 of 4');
    expect(await drawnBoxes(page)).toEqual([]);

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.locator('[data-testid="canvas"][data-frame="0"]').waitFor();
    await waitForImage(page);
    expect(await readFrameCounter(page, 'stage-image')).toBe(0);
    expectBox((await waitForBoxes(page, 1))[0], { x: 50, y: 60, w: 100, h: 100 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'image-set.png') });
    await page.context().close();
  });
});
