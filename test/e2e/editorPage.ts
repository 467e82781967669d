import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './startDemoServer.ts';

/** A box as the canvas reports it drawn at the current frame. */
export interface DrawnBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Opens a fresh browser context, logs in and opens one of the demo project's items, waiting until
 * `main` is saved. `beforeLogin` sees the page first (to watch its requests).
 */
export async function openItemEditor(
  browser: Browser,
  baseUrl: string,
  username: string,
  itemId: string,
  beforeLogin?: (page: Page) => void,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  beforeLogin?.(page);
  await page.goto(baseUrl);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('project-demo').click();
  await page.getByTestId(`item-${itemId}`).click();
  await waitForSaved(page);
  return page;
}

/** Waits until the stage's audio element can play (an audio-only item). */
export async function waitForAudio(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLMediaElement>('[data-testid="audio"]')!.readyState >= 2,
  );
}

/** Opens the demo video item's editor, waiting until `main` is saved and the video can play. */
export async function openDemoEditor(
  browser: Browser,
  baseUrl: string,
  username: string,
): Promise<Page> {
  const page = await openItemEditor(browser, baseUrl, username, 'street');
  await page.waitForFunction(() => {
    const video = document.querySelector<HTMLVideoElement>('[data-testid="video"]');
    return video !== null && video.readyState >= 2;
  });
  return page;
}

/** Waits until the sync indicator of the main layer says the server has acknowledged everything. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.getByTestId('sync-main').filter({ hasText: 'saved' }).waitFor({ timeout: 15_000 });
}

/** Seeks the editor to a frame through the frame field and waits until the canvas shows that frame. */
export async function goToFrame(page: Page, frame: number): Promise<void> {
  const field = page.getByTestId('goto-frame');
  await field.fill(String(frame));
  await field.press('Enter');
  await page.locator(`[data-testid="canvas"][data-frame="${frame}"]`).waitFor({ timeout: 10_000 });
}

/** The boxes the canvas draws at the current frame, in media pixels. */
export async function drawnBoxes(page: Page): Promise<DrawnBox[]> {
  const json = await page.getByTestId('canvas').getAttribute('data-boxes');
  return json ? (JSON.parse(json) as DrawnBox[]) : [];
}

/** Converts media pixels to page coordinates over the canvas. */
export async function pagePoint(page: Page, mediaX: number, mediaY: number) {
  const bounds = await page.getByTestId('canvas').boundingBox();
  const size = await page.getByTestId('video').evaluate((video: HTMLVideoElement) => ({
    width: video.videoWidth,
    height: video.videoHeight,
  }));
  if (!bounds) throw new Error('the canvas is not on screen');
  return {
    x: bounds.x + (mediaX * bounds.width) / size.width,
    y: bounds.y + (mediaY * bounds.height) / size.height,
  };
}

/** Drags the mouse between two points given in media pixels, with intermediate moves. */
export async function dragInMedia(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const start = await pagePoint(page, from.x, from.y);
  const end = await pagePoint(page, to.x, to.y);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}
