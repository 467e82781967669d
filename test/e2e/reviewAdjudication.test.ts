import fs from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProvenance } from '../../shared/agreement/finalProvenance.ts';
import { readDecisions } from '../../shared/agreement/reviewDocument.ts';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { readLayerDocument } from '../../server/exchange/readLayerDocument.ts';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { readFrameCounter } from './readFrameCounter.ts';
import type { DrawnBox } from './editorPage.ts';
import { dragInMedia, drawnBoxes, goToFrame } from './editorPage.ts';
import {
  assignBlind,
  listedDisagreements,
  logIn,
  openBlindEditor,
  openRawDocument,
  openReviewPage,
} from './reviewPages.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/e2e');
const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);

const FRAME = 10;
const near = (actual: number, expected: number) => Math.abs(actual - expected) <= 2;

/** Records, in the annotator's page, the wall-clock time of the next mouse button release. */
async function watchMouseUp(page: Page): Promise<void> {
  await page.evaluate(() => {
    const marks = window as unknown as { mouseUpAtMs: number | null };
    marks.mouseUpAtMs = null;
    const mark = () => (marks.mouseUpAtMs = Date.now());
    document.addEventListener('pointerup', mark, { capture: true, once: true });
  });
}

/** Records, in the reviewer's page, the wall-clock time the list first satisfies `holds`. */
async function watchList(page: Page, holds: string, argument: unknown): Promise<void> {
  await page.evaluate(
    ([source, value]) => {
      const marks = window as unknown as { listedAtMs: number | null };
      const test = new Function(`return (${source as string})`)() as (value: unknown) => boolean;
      marks.listedAtMs = null;
      const observer = new MutationObserver(() => {
        if (marks.listedAtMs === null && test(value)) {
          marks.listedAtMs = Date.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    [holds, argument],
  );
}

/** How long after the annotator's mouse-up the reviewer's list changed, from the two pages' clocks. */
async function listLatencyMs(annotator: Page, reviewerPage: Page): Promise<number> {
  await reviewerPage.waitForFunction(
    () => (window as unknown as { listedAtMs: number | null }).listedAtMs !== null,
    null,
    { polling: 10, timeout: 5_000 },
  );
  const upMs = await annotator.evaluate(
    () => (window as unknown as { mouseUpAtMs: number | null }).mouseUpAtMs,
  );
  const listedMs = await reviewerPage.evaluate(
    () => (window as unknown as { listedAtMs: number }).listedAtMs,
  );
  if (upMs === null) throw new Error('the annotator page saw no mouse-up');
  return listedMs - upMs;
}

const LISTS_OBJECT = `(id) => [...document.querySelectorAll('[data-testid="disagreement"]')]
  .some((entry) => entry.getAttribute('data-objects').split(' ').includes(id))`;
const LISTS_NOTHING = `() => document.querySelectorAll('[data-testid="disagreement"]').length === 0`;
const LISTS_ONE = `() => document.querySelectorAll('[data-testid="disagreement"]').length === 1`;

/** Presses the heat strip where a frame is (the timeline shows the whole demo video, 30000/1001 fps) and waits for the stage to show about that frame. */
async function seekWithHeatStrip(page: Page, frame: number): Promise<void> {
  const strip = await page.getByTestId('heat-strip').boundingBox();
  const { durationMs, frameMs } = await page
    .getByTestId('video')
    .evaluate((video: HTMLVideoElement) => ({
      durationMs: video.duration * 1000,
      frameMs: 1001 / 30,
    }));
  if (!strip) throw new Error('the heat strip is not on screen');
  const x = strip.x + (strip.width * (frame + 0.5) * frameMs) / durationMs;
  await page.mouse.click(x, strip.y + strip.height / 2);
  await expect
    .poll(async () => Number(await page.getByTestId('review-canvas').getAttribute('data-frame')))
    .toBeGreaterThanOrEqual(frame - 1);
  expect(
    Number(await page.getByTestId('review-canvas').getAttribute('data-frame')),
  ).toBeLessThanOrEqual(frame + 1);
}

async function newBox(page: Page, isNew: (box: DrawnBox) => boolean): Promise<DrawnBox> {
  await expect.poll(async () => (await drawnBoxes(page)).some(isNew)).toBe(true);
  return (await drawnBoxes(page)).find(isNew) as DrawnBox;
}

describe.skipIf(skipReason !== null)('a reviewer adjudicating two blind annotators live', () => {
  let demo: DemoServer;
  let browser: Browser;
  let first: Page;
  let second: Page;
  let reviewer: Page;
  let layers: Map<string, string>;
  let acceptedBoxId = '';

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    demo = await startDemoServer();
    layers = await assignBlind(demo.url, 'street', ['annotator1', 'annotator2']);
    browser = await launchChromium();
    first = await openBlindEditor(browser, demo.url, 'annotator1', layers.get('annotator1')!);
    second = await openBlindEditor(browser, demo.url, 'annotator2', layers.get('annotator2')!);
    reviewer = await openReviewPage(browser, demo.url, 'reviewer');
    await goToFrame(first, FRAME);
    await goToFrame(second, FRAME);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('lists a disagreement within a second of one annotator’s box, and drops it within a second of the other’s matching box', async () => {
    expect(await listedDisagreements(reviewer)).toEqual([]);
    await watchMouseUp(first);
    await watchList(reviewer, LISTS_ONE, null);
    await dragInMedia(first, { x: 100, y: 100 }, { x: 200, y: 180 });
    const appearedMs = await listLatencyMs(first, reviewer);
    const box = await newBox(first, (each) => near(each.x, 100) && near(each.w, 100));
    const [listed] = await listedDisagreements(reviewer);
    expect(listed?.objects).toEqual([box.id]);
    expect(['missing', 'extra']).toContain(listed?.kind);
    await expect
      .poll(() => reviewer.getByTestId('heat-strip').getAttribute('data-hot-bins'))
      .not.toBe('0');
    await reviewer.screenshot({ path: path.join(ARTIFACTS, 'review-disagreement-listed.png') });
    await seekWithHeatStrip(reviewer, FRAME);

    await watchMouseUp(second);
    await watchList(reviewer, LISTS_NOTHING, null);
    await dragInMedia(second, { x: 100, y: 100 }, { x: 200, y: 180 });
    const goneMs = await listLatencyMs(second, reviewer);
    console.log(
      `reviewer's list: disagreement shown ${appearedMs} ms after annotator1's mouse-up, gone ${goneMs} ms after annotator2's`,
    );
    expect(appearedMs).toBeLessThan(1_000);
    expect(goneMs).toBeLessThan(1_000);
  });

  it('accepts the second annotator’s version of a box the first lacks into final, with its provenance', async () => {
    const sourceLayer = layers.get('annotator2')!;
    await dragInMedia(second, { x: 400, y: 240 }, { x: 520, y: 330 });
    const box = await newBox(second, (each) => near(each.x, 400) && near(each.w, 120));
    acceptedBoxId = box.id;
    await reviewer.waitForFunction(LISTS_OBJECT, box.id, { timeout: 5_000 });
    const entry = reviewer.locator(`[data-testid="disagreement"][data-objects="${box.id}"]`);
    await entry.locator('.disagreement-summary').click();
    await reviewer.locator(`[data-testid="review-canvas"][data-frame="${FRAME}"]`).waitFor();
    // A seek's fallback reading lands after 250 ms: the frame must still be the one drawn then.
    await reviewer.waitForTimeout(400);
    expect(await reviewer.getByTestId('review-canvas').getAttribute('data-frame')).toBe(
      String(FRAME),
    );
    expect(await readFrameCounter(reviewer)).toBe(FRAME);
    const highlighted = JSON.parse(
      (await reviewer.getByTestId('review-canvas').getAttribute('data-boxes')) ?? '[]',
    ) as Array<{ id: string; layer: string; highlighted: boolean }>;
    expect(highlighted).toContainEqual(
      expect.objectContaining({ id: box.id, layer: sourceLayer, highlighted: true }),
    );
    await reviewer.getByTestId(`accept-${sourceLayer}`).click();

    const finalObject = reviewer.locator(`[data-testid="final-object"][data-id="${box.id}"]`);
    await finalObject.waitFor({ timeout: 5_000 });
    const provenance = await finalObject.getByTestId('provenance').textContent();
    expect(provenance).toMatch(
      new RegExp(
        `^from ${sourceLayer.replace('.', '\\.')} \\(Arlo \\(annotator\\)\\) by Rae \\(reviewer\\), \\d\\d:\\d\\d:\\d\\d$`,
      ),
    );
    await expect
      .poll(() => entry.getByTestId('decision').textContent())
      .toBe(`resolved: ${provenance}`);
    await reviewer.screenshot({ path: path.join(ARTIFACTS, 'review-after-resolve.png') });

    const token = await logIn(demo.url, 'reviewer');
    const final = await openRawDocument(
      demo.url,
      token,
      itemDocumentName('demo', 'street', 'final'),
    );
    const review = await openRawDocument(
      demo.url,
      token,
      itemDocumentName('demo', 'street', 'review'),
    );
    try {
      const source = await readLayerDocument(
        demo.server.collab,
        itemDocumentName('demo', 'street', sourceLayer),
        (doc) => readLayer(doc),
      );
      const copied = readLayer(final.doc).tracks.find((track) => track.id === box.id);
      expect(copied).toEqual(source.tracks.find((track) => track.id === box.id));
      expect(readProvenance(final.doc).get(box.id)).toMatchObject({
        sourceLayer,
        decidedBy: { name: 'Rae (reviewer)' },
      });
      const decision = [...readDecisions(review.doc).values()].find((each) =>
        each.note.includes(box.id),
      );
      expect(decision).toMatchObject({ verdict: 'resolved' });
    } finally {
      final.close();
      review.close();
    }
  });

  it('pins a comment to the disputed object, takes a reply, resolves it, and moves the item’s status', async () => {
    await reviewer.getByTestId('comment-anchor').selectOption(`object-${acceptedBoxId}`);
    await reviewer.getByTestId('comment-text').fill('Is this a person or a pram?');
    await reviewer.getByTestId('comment-start').click();
    const thread = reviewer.getByTestId('comment-thread');
    await thread.filter({ hasText: 'Is this a person or a pram?' }).waitFor();
    await expect(thread.locator('.comment-anchor').textContent()).resolves.toContain(
      `object ${acceptedBoxId} at frame ${FRAME}`,
    );
    await reviewer.getByTestId('comment-pin').waitFor();
    await thread.getByTestId('comment-reply').fill('A person pushing it.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await expect.poll(() => thread.locator('.comment').count()).toBe(2);
    await thread.getByTestId('thread-resolve').click();
    await expect.poll(() => reviewer.getByTestId('comment-thread').count()).toBe(0);
    await expect.poll(() => reviewer.locator('.review-pin.resolved').count()).toBe(1);

    await reviewer.getByTestId('status-accepted').click();
    await expect
      .poll(() => reviewer.getByTestId('status-refusal').textContent())
      .toBe('an item in annotate cannot move to accepted; it can move to review');
    await reviewer.getByTestId('status-review').click();
    await expect
      .poll(() => reviewer.getByTestId('item-status').getAttribute('data-status'))
      .toBe('review');
    await expect
      .poll(() => reviewer.getByTestId('status-moved-by').textContent())
      .toMatch(/^by Rae \(reviewer\), \d\d:\d\d:\d\d$/);
  });

  it('opens the merged version in the editor on the final layer', async () => {
    await reviewer.getByTestId('edit-merged').click();
    await reviewer
      .getByTestId('sync-final')
      .filter({ hasText: 'saved' })
      .waitFor({ timeout: 15_000 });
    expect(new URL(reviewer.url()).search).toBe('?layer=final');
    await reviewer.waitForFunction(() => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="video"]');
      return video !== null && video.readyState >= 2;
    });
    await goToFrame(reviewer, FRAME);
    await expect
      .poll(async () => (await drawnBoxes(reviewer)).map((each) => each.id))
      .toEqual([acceptedBoxId]);
    await reviewer.getByTestId('review-link').click();
    await reviewer.getByTestId('review-page').waitFor();
  });
});
