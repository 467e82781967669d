import type { MaskBitmap } from '../../shared/mask/MaskBitmap.ts';
import { createMaskBitmap } from '../../shared/mask/MaskBitmap.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/**
 * The pixels 4-connected to the seed for which `matches` holds, as a mask (scanline fill: each
 * row span is filled at once and the rows above and below are searched once per span).
 */
export function connectedRegion(
  width: number,
  height: number,
  seed: { x: number; y: number },
  matches: (index: number) => boolean,
): Result<MaskBitmap> {
  const created = createMaskBitmap(width, height);
  if (!created.ok) return created;
  const region = created.value;
  const x0 = Math.floor(seed.x);
  const y0 = Math.floor(seed.y);
  if (x0 < 0 || y0 < 0 || x0 >= width || y0 >= height) {
    return fail(`the click at ${x0}, ${y0} is outside the ${width}×${height} frame`);
  }
  const { pixels } = region;
  const stack: number[] = [y0 * width + x0];
  while (stack.length > 0) {
    const start = stack.pop() as number;
    if (pixels[start] === 1 || !matches(start)) continue;
    const row = Math.floor(start / width);
    const rowStart = row * width;
    let left = start;
    while (left > rowStart && pixels[left - 1] === 0 && matches(left - 1)) left -= 1;
    let right = start;
    while (right < rowStart + width - 1 && pixels[right + 1] === 0 && matches(right + 1)) {
      right += 1;
    }
    pixels.fill(1, left, right + 1);
    for (const next of [row - 1, row + 1]) {
      if (next < 0 || next >= height) continue;
      let inRun = false;
      for (let x = left - rowStart; x <= right - rowStart; x += 1) {
        const index = next * width + x;
        const open = pixels[index] === 0 && matches(index);
        if (open && !inRun) stack.push(index);
        inRun = open;
      }
    }
  }
  return ok(region);
}
