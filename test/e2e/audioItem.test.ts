import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFfmpeg } from '../../server/media/findFfmpeg.ts';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { openItemEditor, waitForAudio } from './editorPage.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const skipReason = chromiumSkipReason();
if (skipReason) console.warn(skipReason);
// The server computes peaks with ffmpeg; without it the item plays but has no waveform.
const noWaveform = !findFfmpeg() && process.env.CI !== 'true';
if (noWaveform && !skipReason) {
  console.warn('waveform browser tests skipped: ffmpeg is not on PATH (apt-get install ffmpeg)');
}

interface Utterance {
  startMs: number;
  endMs: number;
}

const manifest = JSON.parse(
  readFileSync(new URL('../../samples/interview.json', import.meta.url), 'utf8'),
) as { utterances: Utterance[] };

/** The waveform canvas's description of what it drew, as numbers where they are numbers. */
async function drawnWaveform(page: Page) {
  const data = await page.getByTestId('waveform').evaluate((canvas) => ({
    ...(canvas as HTMLCanvasElement).dataset,
  }));
  return {
    state: data.state,
    level: Number(data.level),
    fromBucket: Number(data.fromBucket),
    toBucket: Number(data.toBucket),
    drawnColumns: Number(data.drawnColumns),
  };
}

/** How many pixels each CSS column of the waveform canvas has painted. */
function columnHeights(page: Page): Promise<number[]> {
  return page.getByTestId('waveform').evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const scale = canvas.width / canvas.clientWidth;
    const heights: number[] = [];
    for (let column = 0; column < canvas.clientWidth; column += 1) {
      const x = Math.floor(column * scale);
      let painted = 0;
      for (let y = 0; y < canvas.height; y += 1)
        if (pixels[4 * (y * canvas.width + x) + 3]! > 0) painted += 1;
      heights.push(painted / scale);
    }
    return heights;
  });
}

function shownSeconds(text: string | null): number {
  const [minutes, seconds] = (text ?? '').split(':');
  return Number(minutes) * 60 + Number(seconds);
}

describe.skipIf(skipReason !== null)('an audio-only item in Chromium', () => {
  let demo: DemoServer;
  let browser: Browser;
  let page: Page;
  const bucketRequests: URL[] = [];

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium();
    page = await openItemEditor(browser, demo.url, 'annotator1', 'interview', (opened) =>
      opened.on('request', (request) => {
        if (request.url().includes('/peaks/buckets')) bucketRequests.push(new URL(request.url()));
      }),
    );
    await waitForAudio(page);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it.skipIf(noWaveform)(
    'draws the whole item’s waveform from server peaks: speech tall, pauses flat',
    async () => {
      await page
        .locator('[data-testid="waveform"][data-state="drawn"]')
        .waitFor({ timeout: 15_000 });
      const drawn = await drawnWaveform(page);
      // About 1,200 px for 25 s: the 32 ms buckets (level 2) are nearest one per pixel.
      expect(drawn).toMatchObject({ state: 'drawn', level: 2, fromBucket: 0, toBucket: 782 });
      const heights = await columnHeights(page);
      expect(drawn.drawnColumns).toBeGreaterThan(heights.length - 5);
      const msPerColumn = 25_021 / heights.length;
      const heightAt = (ms: number) => heights[Math.floor(ms / msPerColumn)]!;
      const pauses = manifest.utterances.slice(1).map((utterance, index) => {
        const before = manifest.utterances[index]!;
        return (before.endMs + utterance.startMs) / 2;
      });
      for (const ms of pauses) expect({ ms, flat: heightAt(ms) <= 2 }).toEqual({ ms, flat: true });
      const speech = manifest.utterances.flatMap(({ startMs, endMs }) =>
        Array.from({ length: 20 }, (_, step) =>
          heightAt(startMs + ((endMs - startMs) * step) / 20),
        ),
      );
      speech.sort((left, right) => left - right);
      expect(speech[Math.floor(speech.length / 2)]).toBeGreaterThan(6);
    },
  );

  it.skipIf(noWaveform)(
    'draws finer levels as it zooms in and fetches only the buckets in view',
    async () => {
      await page.getByTestId('waveform').click({ position: { x: 600, y: 20 } });
      const coarse = await drawnWaveform(page);
      await page.getByTestId('timeline').focus();
      for (let zoom = 0; zoom < 5; zoom += 1) await page.keyboard.press('+');
      await page.waitForFunction(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="waveform"]')!;
        return canvas.dataset.state === 'drawn' && canvas.dataset.level === '0';
      });
      const fine = await drawnWaveform(page);
      expect(fine.level).toBeLessThan(coarse.level);
      expect(fine.fromBucket).toBeGreaterThan(0);
      // 32× zoom of about 20 ms per px: under 1 ms per px, so the 2 ms buckets in view are a few hundred.
      expect(fine.toBucket - fine.fromBucket).toBeLessThan(1_000);
      const finestRequests = bucketRequests.filter((url) => url.searchParams.get('level') === '0');
      expect(finestRequests.length).toBeGreaterThan(0);
      for (const url of bucketRequests) {
        expect(Number(url.searchParams.get('count'))).toBeLessThanOrEqual(2_048);
      }
      await page.getByTestId('timeline').getByRole('button', { name: 'Fit' }).click();
    },
  );

  it('plays and pauses, with the clock and playhead following the sound', async () => {
    await page.getByTestId('waveform').click({ position: { x: 5, y: 20 } });
    const startedAt = shownSeconds(await page.getByTestId('time').textContent());
    await page.getByTestId('play-pause').click();
    await expect
      .poll(async () => shownSeconds(await page.getByTestId('time').textContent()), {
        timeout: 10_000,
      })
      .toBeGreaterThan(startedAt + 0.5);
    await page.getByTestId('play-pause').click();
    const pausedAt = await page.getByTestId('time').textContent();
    await page.waitForTimeout(400);
    expect(await page.getByTestId('time').textContent()).toBe(pausedAt);
    await page.locator('body').press('ArrowRight');
    await expect
      .poll(async () => shownSeconds(await page.getByTestId('time').textContent()))
      .toBeCloseTo(Math.floor(shownSeconds(pausedAt) * 100) / 100 + 0.01, 3);
  });

  it('sweeps out a segment on a tier, in media time', async () => {
    const lane = page.getByTestId('tier-row-events').locator('.timeline-segment-lane');
    const box = (await lane.boundingBox())!;
    await page.mouse.move(box.x + 200, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 320, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const segment = page.getByTestId('tier-row-events').locator('[data-testid^="segment-"]');
    await segment.waitFor({ timeout: 5_000 });
    expect(await segment.count()).toBe(1);
    const msPerPx = 25_021 / box.width;
    const title = (await segment.getAttribute('title')) ?? '';
    const [startMs, endMs] = [...title.matchAll(/(\d+):(\d+\.\d+)/g)].map(
      ([, minutes, seconds]) => (Number(minutes) * 60 + Number(seconds)) * 1000,
    );
    expect(Math.abs(startMs! - 200 * msPerPx)).toBeLessThan(2 * msPerPx);
    expect(Math.abs(endMs! - 320 * msPerPx)).toBeLessThan(2 * msPerPx);
  });
});
