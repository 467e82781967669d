import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMaskBitmap } from '../../../shared/mask/MaskBitmap.ts';
import { checkMaskRuns, encodeMaskRuns, paintMaskRuns } from '../../../shared/mask/maskRuns.ts';

describe('row-order mask runs', () => {
  it('round-trip masks of every length, with long runs and single pixels', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 300 }), fc.boolean()), { maxLength: 12 }),
        (width, height, strokes) => {
          const mask = createMaskBitmap(width, height);
          if (!mask.ok) throw new Error(mask.error);
          const pixels = mask.value.pixels;
          for (const [start, length, value] of strokes) {
            const from = start % pixels.length;
            pixels.fill(value ? 1 : 0, from, Math.min(pixels.length, from + length));
          }
          const runs = encodeMaskRuns(mask.value);
          expect(checkMaskRuns(runs, pixels.length).ok).toBe(true);
          const copy = createMaskBitmap(width, height);
          if (!copy.ok) throw new Error(copy.error);
          paintMaskRuns(copy.value, runs, 1);
          expect(copy.value.pixels).toEqual(pixels);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads a view that does not start on a word boundary', () => {
    const buffer = new Uint8Array(13);
    buffer.set([1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1], 1);
    expect(encodeMaskRuns({ width: 12, height: 1, pixels: buffer.subarray(1) })).toEqual([
      0, 2, 2, 5, 2, 1,
    ]);
  });

  it('refuses runs that do not cover the mask exactly', () => {
    expect(checkMaskRuns([2, 3], 6)).toEqual({
      ok: false,
      error: "runs cover 5 pixels, not the mask's 6",
    });
    expect(checkMaskRuns([2, -1, 5], 6).ok).toBe(false);
  });
});
