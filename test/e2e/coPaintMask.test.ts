import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { FIELD_MASK_OPERATIONS } from '../../shared/doc/roots.ts';
import { readMaskFrame } from '../../shared/doc/writeMasks.ts';
import { maskDigest } from '../../shared/mask/maskDigest.ts';
import type { MaskOperation } from '../../shared/mask/maskOperation.ts';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { goToFrame, openDemoEditor, pagePoint, waitForSaved } from './editorPage.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');
const FRAME = 12;
const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

/** A mask as the canvas reports it at the current frame (see describeFrameMasks). */
interface DrawnMask {
  id: string;
  setPixels: number;
  digest: string;
  byAuthor: Record<string, string | null>;
}

async function drawnMasks(page: Page): Promise<DrawnMask[]> {
  const json = await page.getByTestId('canvas').getAttribute('data-masks');
  return json ? (JSON.parse(json) as DrawnMask[]) : [];
}

/** Paints one stroke through `points` (media pixels) with the mouse, as a person would. */
async function paint(page: Page, points: readonly [number, number][]): Promise<void> {
  const [first, ...rest] = points;
  if (!first) return;
  const start = await pagePoint(page, first[0], first[1]);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (const [x, y] of rest) {
    const next = await pagePoint(page, x, y);
    await page.mouse.move(next.x, next.y, { steps: 6 });
  }
  await page.mouse.up();
}

describe.skipIf(skipReason !== null)('two annotators painting one mask at once', () => {
  let demo: DemoServer;
  let browser: Browser;
  let first: Page;
  let second: Page;

  const serverDoc = () => {
    const doc = demo.server.collab.hocuspocus.documents.get(
      itemDocumentName('demo', 'street', 'main'),
    );
    if (!doc) throw new Error('the server does not hold the demo layer');
    return doc as unknown as Y.Doc;
  };
  const serverOperations = (maskId: string) => {
    const record = objectsOf(serverDoc()).get(maskId) as Y.Map<unknown>;
    return (record.get(FIELD_MASK_OPERATIONS) as Y.Array<MaskOperation>).toArray();
  };
  const serverDigest = (maskId: string, onlyBy?: string) => {
    const read = readMaskFrame(serverDoc(), maskId, FRAME, onlyBy);
    if (!read.ok) throw new Error(read.error);
    return { digest: maskDigest(read.value.mask.pixels), pixels: read.value.mask.pixels };
  };

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

  it('keeps both overlapping strokes with identical pixels everywhere, and undo removes only its own', async () => {
    await goToFrame(first, FRAME);
    await goToFrame(second, FRAME);
    await first.getByTestId('tool-brush').click();
    await second.getByTestId('tool-brush').click();
    await paint(first, [
      [80, 120],
      [320, 120],
    ]);
    await expect.poll(async () => (await drawnMasks(second)).length, { timeout: 2_000 }).toBe(1);
    const [created] = await drawnMasks(first);
    if (!created) throw new Error('the first stroke drew no mask');

    // Both start on the mask's pixels, so both strokes go into it; they cross near (200, 150).
    await Promise.all([
      paint(first, [
        [200, 120],
        [200, 260],
      ]),
      paint(second, [
        [120, 122],
        [260, 200],
        [330, 230],
      ]),
    ]);
    await Promise.all([waitForSaved(first), waitForSaved(second)]);
    await expect.poll(async () => serverOperations(created.id).length, { timeout: 2_000 }).toBe(3);
    const union = serverDigest(created.id);
    await expect
      .poll(() => drawnMasks(first), { timeout: 2_000 })
      .toEqual([expect.objectContaining({ id: created.id, digest: union.digest })]);
    await expect
      .poll(() => drawnMasks(second), { timeout: 2_000 })
      .toEqual([expect.objectContaining({ id: created.id, digest: union.digest })]);
    const painters = Object.keys((await drawnMasks(first))[0]?.byAuthor ?? {});
    expect(painters).toHaveLength(2);
    for (const painter of painters) {
      const alone = serverDigest(created.id, painter);
      expect((await drawnMasks(second))[0]?.byAuthor[painter]).toBe(alone.digest);
      // Every pixel each painter set is set in the shared mask: the union of their strokes.
      expect([...alone.pixels].every((pixel, index) => !pixel || union.pixels[index] === 1)).toBe(
        true,
      );
    }
    await first.screenshot({ path: path.join(ARTIFACTS, 'mask-annotator1.png') });
    await second.screenshot({ path: path.join(ARTIFACTS, 'mask-annotator2.png') });

    const before = serverOperations(created.id);
    const annotator1 = before[0]?.by;
    const secondsStroke = before.find((operation) => operation.by !== annotator1);
    await first.getByTestId('undo').click();
    await waitForSaved(first);
    await expect.poll(async () => serverOperations(created.id).length, { timeout: 2_000 }).toBe(2);
    const after = serverOperations(created.id);
    expect(after).toEqual([before[0], secondsStroke]);
    const undone = serverDigest(created.id);
    expect(undone.digest).not.toBe(union.digest);
    await expect
      .poll(() => drawnMasks(second), { timeout: 2_000 })
      .toEqual([expect.objectContaining({ id: created.id, digest: undone.digest })]);
    expect((await drawnMasks(first))[0]?.digest).toBe(undone.digest);
    await second.screenshot({ path: path.join(ARTIFACTS, 'mask-after-undo.png') });
  });

  it('fills a polygon clicked corner by corner into a new mask, one undo step', async () => {
    await second.keyboard.press('Escape');
    await second.getByTestId('tool-polygon').click();
    const before = await drawnMasks(second);
    for (const [x, y] of [
      [400, 250],
      [500, 250],
      [500, 330],
      [400, 330],
      [400, 250],
    ] as const) {
      const point = await pagePoint(second, x, y);
      await second.mouse.click(point.x, point.y);
    }
    await waitForSaved(second);
    await expect.poll(async () => (await drawnMasks(second)).length).toBe(before.length + 1);
    const added = (await drawnMasks(second)).find(
      (mask) => !before.some((earlier) => earlier.id === mask.id),
    );
    // 100 × 80 media pixels, give or take the edge rows the mouse's rounding moves.
    expect(added?.setPixels).toBeGreaterThan(100 * 80 * 0.97);
    expect(added?.setPixels).toBeLessThan(100 * 80 * 1.03);
    await expect.poll(async () => (await drawnMasks(first)).length).toBe(before.length + 1);
    await second.getByTestId('undo').click();
    await expect.poll(async () => (await drawnMasks(first)).length).toBe(before.length);
  });
});
