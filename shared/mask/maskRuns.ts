import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import type { MaskBitmap } from './MaskBitmap.ts';

/** Four pixels of 1 read as one little- or big-endian word: the same either way. */
const FOUR_SET = 0x01010101;

/**
 * The mask as run lengths in row order, alternating unset and set, starting with unset (so a
 * mask whose first pixel is set starts with 0). Runs of equal pixels are skipped four at a time.
 */
export function encodeMaskRuns(mask: MaskBitmap): number[] {
  const { pixels } = mask;
  const runs: number[] = [];
  // A view that does not start on a word boundary is read pixel by pixel.
  const words =
    pixels.byteOffset % 4 === 0
      ? new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.byteLength >>> 2)
      : new Uint32Array(0);
  let current = 0;
  let runStart = 0;
  let index = 0;
  while (index < pixels.length) {
    if ((index & 3) === 0) {
      // Inside a run, whole words of the run's value pass without looking at each pixel.
      const same = current === 0 ? 0 : FOUR_SET;
      let word = index >>> 2;
      while (word < words.length && words[word] === same) word += 1;
      index = Math.max(index, word << 2);
      if (index >= pixels.length) break;
    }
    if (pixels[index] !== current) {
      runs.push(index - runStart);
      runStart = index;
      current ^= 1;
    }
    index += 1;
  }
  runs.push(pixels.length - runStart);
  return runs;
}

/** Paints the set runs of `runs` into `mask` with `value` (1 paints, 0 erases). */
export function paintMaskRuns(mask: MaskBitmap, runs: ArrayLike<number>, value: 0 | 1): void {
  let position = 0;
  for (let index = 0; index < runs.length; index += 1) {
    const length = runs[index] as number;
    if (index & 1) mask.pixels.fill(value, position, position + length);
    position += length;
  }
}

/** Checks that runs cover exactly `pixelCount` pixels with whole, non-negative lengths. */
export function checkMaskRuns(runs: ArrayLike<number>, pixelCount: number): Result<void> {
  let total = 0;
  for (let index = 0; index < runs.length; index += 1) {
    const length = runs[index] as number;
    if (!Number.isInteger(length) || length < 0) {
      return fail(`run ${index + 1} is ${length}, not a whole number of pixels`);
    }
    total += length;
  }
  if (total !== pixelCount) return fail(`runs cover ${total} pixels, not the mask's ${pixelCount}`);
  return ok(undefined);
}
