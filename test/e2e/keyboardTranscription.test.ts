import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import type { SegmentView } from '../../shared/doc/readLayer.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { readLayerDocument } from '../../server/exchange/readLayerDocument.ts';
import { chromiumSkipReason, launchChromium } from './chromium.ts';
import { openItemEditor, waitForAudio, waitForSaved } from './editorPage.ts';
import type { DemoServer } from './startDemoServer.ts';
import { startDemoServer } from './startDemoServer.ts';

const skipReason = chromiumSkipReason();
const REACTION_MS = 200;

describe.skipIf(skipReason !== null)('segmenting and transcribing from the keyboard', () => {
  let demo: DemoServer;
  let browser: Browser;
  let page: Page;

  const segments = async (tierId: string): Promise<SegmentView[]> => {
    await waitForSaved(page);
    const layer = await readLayerDocument(
      demo.server.collab,
      itemDocumentName('demo', 'interview', 'main'),
      (doc) => readLayer(doc),
    );
    return layer.segments.filter((segment) => segment.tierId === tierId);
  };
  const mediaMs = () =>
    page
      .getByTestId('audio')
      .evaluate((audio: HTMLMediaElement) => Math.round(audio.currentTime * 1000));
  const paused = () =>
    page.getByTestId('audio').evaluate((audio: HTMLMediaElement) => audio.paused);

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
    page = await openItemEditor(browser, demo.url, 'annotator1', 'interview');
    await waitForAudio(page);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('cuts consecutive segments with Enter while the sound plays, each boundary the reaction time early', async () => {
    await page.getByTestId('reaction-ms').fill(String(REACTION_MS));
    await page.getByTestId('play-pause').click();
    await page.getByTestId('timeline').focus();
    await expect.poll(mediaMs, { timeout: 10_000 }).toBeGreaterThan(1_000);
    const pressedAt: number[] = [];
    for (let press = 0; press < 3; press += 1) {
      pressedAt.push(await mediaMs());
      await page.keyboard.press('Enter');
      await page.waitForTimeout(700);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('play-pause').click();
    await expect.poll(async () => (await segments('events')).length).toBe(2);
    const [first, second] = await segments('events');
    const expected = pressedAt.map((ms) => ms - REACTION_MS);
    expect(Math.abs(first!.startMs - expected[0]!)).toBeLessThan(150);
    expect(Math.abs(first!.endMs - expected[1]!)).toBeLessThan(150);
    expect(second!.startMs).toBe(first!.endMs);
    expect(Math.abs(second!.endMs - expected[2]!)).toBeLessThan(150);
    expect(await page.getByTestId('segmenting').count()).toBe(0);
  });

  it('plays, rewinds, slows down and picks speakers without leaving the text', async () => {
    await page.getByRole('button', { name: 'Insert at playhead' }).click();
    await expect.poll(async () => (await segments('transcript')).length).toBe(1);
    const [utterance] = await segments('transcript');
    const block = page.getByTestId(`utterance-${utterance!.id}`);
    await block.locator('.utterance-speaker').click();
    await page.getByLabel('Speaker').fill('Ana');
    await page.getByLabel('Speaker').press('Enter');
    await expect.poll(async () => (await segments('transcript'))[0]?.speaker).toBe('Ana');

    await block.locator('.utterance-text').click();
    await page.keyboard.type('hello there');
    const before = await mediaMs();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(mediaMs).toBe(Math.max(0, before - 2_000));
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.getByTestId('rate').inputValue()).toBe('0.75');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await page.getByTestId('rate').inputValue()).toBe('1');
    expect(await paused()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(paused).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(paused).toBe(true);

    // A second utterance further on takes the first one's speaker by number, and loses it with Alt+0.
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowRight');
    await page.getByRole('button', { name: 'Insert at playhead' }).click();
    await expect.poll(async () => (await segments('transcript')).length).toBe(2);
    await page.keyboard.type('second');
    await page.keyboard.press('Alt+1');
    await expect
      .poll(async () => (await segments('transcript')).map((segment) => segment.speaker))
      .toEqual(['Ana', 'Ana']);
    await page.keyboard.press('Alt+0');
    await expect
      .poll(async () => (await segments('transcript')).map((segment) => segment.speaker))
      .toEqual(['Ana', null]);
    expect(await block.locator('.utterance-text').textContent()).toBe('hello there');
  });
});
