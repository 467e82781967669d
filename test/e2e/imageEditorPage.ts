import type { Browser, Page } from 'playwright-core';
import { openItemEditor } from './editorPage.ts';

/** The stage's zoom and pan, as the canvas host publishes it. */
export interface ShownViewport {
  zoom: number;
  originX: number;
  originY: number;
}

/** Logs in and opens one of the demo's image items, waiting until `main` is saved and the image is decoded. */
export async function openImageItem(
  browser: Browser,
  baseUrl: string,
  username: string,
  itemId: string,
): Promise<Page> {
  const page = await openItemEditor(browser, baseUrl, username, itemId);
  await waitForImage(page);
  return page;
}

/** Waits until the stage's image has loaded and decoded. */
export async function waitForImage(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('[data-testid="stage-image"]');
    return image !== null && image.complete && image.naturalWidth > 0;
  });
}

export async function shownViewport(page: Page): Promise<ShownViewport> {
  const json = await page.getByTestId('canvas').getAttribute('data-viewport');
  return JSON.parse(json ?? 'null') as ShownViewport;
}

/** Converts media pixels to page coordinates through the stage's current zoom and pan. */
export async function stagePoint(
  page: Page,
  media: { width: number; height: number },
  mediaX: number,
  mediaY: number,
): Promise<{ x: number; y: number }> {
  const bounds = await page.getByTestId('canvas').boundingBox();
  if (!bounds) throw new Error('the canvas is not on screen');
  const { zoom, originX, originY } = await shownViewport(page);
  return {
    x: bounds.x + ((mediaX - originX) * zoom * bounds.width) / media.width,
    y: bounds.y + ((mediaY - originY) * zoom * bounds.height) / media.height,
  };
}

/** Drags with the left button between two points given in media pixels, through the current zoom and pan. */
export async function dragOnStage(
  page: Page,
  media: { width: number; height: number },
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const start = await stagePoint(page, media, from.x, from.y);
  const end = await stagePoint(page, media, to.x, to.y);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

/**
 * Where the media element is on the page (its transform included) and where the canvas's view
 * says the whole media lies: they must be the same rectangle at every zoom and pan.
 */
export async function mediaAndCanvasRects(
  page: Page,
  mediaTestId: string,
  media: { width: number; height: number },
) {
  const shown = await page.getByTestId(mediaTestId).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  const topLeft = await stagePoint(page, media, 0, 0);
  const bottomRight = await stagePoint(page, media, media.width, media.height);
  const expected = {
    x: topLeft.x,
    y: topLeft.y,
    width: bottomRight.x - topLeft.x,
    height: bottomRight.y - topLeft.y,
  };
  return { shown, expected };
}
