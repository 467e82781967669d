import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

interface CounterLayout {
  originX: number;
  originY: number;
  blockWidth: number;
  blockHeight: number;
  blockCount: number;
}

const manifest = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../samples/demo.json'), 'utf8'),
) as { frameCounter: CounterLayout; frameCount: number };

/** Number of frames in the demo video. */
export const DEMO_FRAME_COUNT = manifest.frameCount;

/**
 * Reads the burned-in binary frame counter from the frame the video element is showing right now
 * (or from the stage's image, a frame of the demo video), by drawing it into a 2D canvas at its
 * natural size and sampling each block's centre.
 */
export async function readFrameCounter(
  page: Page,
  testId: 'video' | 'stage-image' = 'video',
): Promise<number> {
  return page.getByTestId(testId).evaluate((element, layout: CounterLayout) => {
    const media = element as HTMLVideoElement | HTMLImageElement;
    const canvas = document.createElement('canvas');
    canvas.width = media instanceof HTMLVideoElement ? media.videoWidth : media.naturalWidth;
    canvas.height = media instanceof HTMLVideoElement ? media.videoHeight : media.naturalHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D context');
    context.drawImage(media, 0, 0);
    let value = 0;
    for (let bit = 0; bit < layout.blockCount; bit += 1) {
      const x = layout.originX + bit * layout.blockWidth + layout.blockWidth / 2;
      const y = layout.originY + layout.blockHeight / 2;
      const [red = 0, green = 0, blue = 0] = context.getImageData(x, y, 1, 1).data;
      if ((red + green + blue) / 3 > 128) value += 2 ** bit;
    }
    return value;
  }, manifest.frameCounter);
}
