import type { MaskBitmap } from './MaskBitmap.ts';
import { firstPixelFrom, pixelCentre, SUBPIXELS } from './subpixels.ts';

/**
 * Fills a polygon (x, y pairs, quarter pixels, closed implicitly) by the even-odd rule at pixel
 * centres; a centre on a left edge is inside, one on a right edge is not. An edge counts for the rows whose centre is at or below its upper end and above its
 * lower end, so a vertex on a row is counted once. Integer arithmetic only.
 */
export function rasterizePolygon(mask: MaskBitmap, points: readonly number[], value: 0 | 1): void {
  const vertexCount = points.length >> 1;
  if (vertexCount < 3) return;
  const crossings: number[][] = Array.from({ length: mask.height }, () => []);
  for (let index = 0; index < vertexCount; index += 1) {
    const next = (index + 1) % vertexCount;
    let [x0, y0] = [points[2 * index] as number, points[2 * index + 1] as number];
    let [x1, y1] = [points[2 * next] as number, points[2 * next + 1] as number];
    if (y0 === y1) continue;
    if (y0 > y1) [x0, y0, x1, y1] = [x1, y1, x0, y0];
    const firstRow = Math.max(0, Math.ceil((y0 - SUBPIXELS / 2) / SUBPIXELS));
    const lastRow = Math.min(mask.height - 1, Math.ceil((y1 - SUBPIXELS / 2) / SUBPIXELS) - 1);
    const denominator = y1 - y0;
    for (let row = firstRow; row <= lastRow; row += 1) {
      const numerator = x0 * denominator + (pixelCentre(row) - y0) * (x1 - x0);
      (crossings[row] as number[]).push(firstPixelFrom(numerator, denominator));
    }
  }
  for (let row = 0; row < mask.height; row += 1) {
    const starts = (crossings[row] as number[]).sort((left, right) => left - right);
    for (let index = 0; index + 1 < starts.length; index += 2) {
      const from = Math.max(0, starts[index] as number);
      const to = Math.min(mask.width, starts[index + 1] as number);
      if (from < to) mask.pixels.fill(value, row * mask.width + from, row * mask.width + to);
    }
  }
}
