import type { PixelSpans } from './spansOfRuns.ts';

/** An axis-aligned rectangle in media pixels, [minX, minY, maxX, maxY], edges included. */
export type ShapeBounds = readonly [number, number, number, number];

/** The rectangle of pixels spans cover on a grid `width` pixels wide, or null when they are empty. */
export function boundsOfSpans(spans: PixelSpans, width: number): ShapeBounds | null {
  if (spans.length === 0) return null;
  const firstRow = Math.floor((spans[0] as number) / width);
  const endRow = Math.floor(((spans[spans.length - 1] as number) - 1) / width) + 1;
  let [minX, maxX] = [width, 0];
  for (let index = 0; index < spans.length; index += 2) {
    const [start, end] = [spans[index] as number, (spans[index + 1] as number) - 1];
    const row = Math.floor(start / width);
    if (Math.floor(end / width) !== row) return [0, firstRow, width, endRow];
    minX = Math.min(minX, start - row * width);
    maxX = Math.max(maxX, end - row * width + 1);
  }
  return [minX, firstRow, maxX, endRow];
}
