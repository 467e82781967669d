import type { MaskBitmap } from './MaskBitmap.ts';

/** The smallest rectangle holding every set pixel (x, y, width, height), or null for an empty mask. */
export function maskBounds(mask: MaskBitmap): [number, number, number, number] | null {
  const { width, height, pixels } = mask;
  let [minX, minY, maxX, maxY] = [width, height, -1, -1];
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    const first = pixels.indexOf(1, row);
    if (first === -1) break;
    if (first >= row + width) {
      // The next set pixel is on a later row: jump there.
      y = Math.floor(first / width) - 1;
      continue;
    }
    const last = pixels.subarray(row, row + width).lastIndexOf(1);
    minY = Math.min(minY, y);
    maxY = y;
    minX = Math.min(minX, first - row);
    maxX = Math.max(maxX, last);
  }
  return maxY < 0 ? null : [minX, minY, maxX - minX + 1, maxY - minY + 1];
}
