import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cocoCountsOf, decodeCocoRle, encodeCocoRle } from '../../../shared/mask/cocoRle.ts';
import type { MaskBitmap } from '../../../shared/mask/MaskBitmap.ts';

function maskOf(rows: readonly string[]): MaskBitmap {
  const width = (rows[0] as string).length;
  const pixels = new Uint8Array(width * rows.length);
  rows.forEach((row, y) =>
    [...row].forEach((cell, x) => (pixels[y * width + x] = cell === '#' ? 1 : 0)),
  );
  return { width, height: rows.length, pixels };
}

/** Column-major counts the plain way: list every pixel down the columns, then count runs. */
function referenceCounts(mask: MaskBitmap): number[] {
  const sequence: number[] = [];
  for (let x = 0; x < mask.width; x += 1) {
    for (let y = 0; y < mask.height; y += 1)
      sequence.push(mask.pixels[y * mask.width + x] as number);
  }
  const counts = [0];
  let value = 0;
  for (const pixel of sequence) {
    if (pixel !== value) {
      counts.push(0);
      value = pixel;
    }
    counts[counts.length - 1] = (counts.at(-1) as number) + 1;
  }
  return counts;
}

const randomMask = fc
  .record({ width: fc.integer({ min: 1, max: 40 }), height: fc.integer({ min: 1, max: 40 }) })
  .chain(({ width, height }) =>
    fc
      .uint8Array({ minLength: width * height, maxLength: width * height, max: 1 })
      .map((pixels): MaskBitmap => ({ width, height, pixels })),
  );

describe('COCO RLE', () => {
  it('runs down the columns, starting with unset pixels, size as [height, width]', () => {
    const mask = maskOf(['.##', '..#']);
    expect(cocoCountsOf(mask)).toEqual([2, 1, 1, 2]);
    expect(encodeCocoRle(mask)).toEqual({ size: [2, 3], counts: '2111' });
    expect(cocoCountsOf(maskOf(['#.', '#.']))).toEqual([0, 2, 2]);
  });

  it('agrees with a plain column-major count and round-trips random masks', () => {
    fc.assert(
      fc.property(randomMask, (mask) => {
        expect(cocoCountsOf(mask)).toEqual(referenceCounts(mask));
        const decoded = decodeCocoRle(encodeCocoRle(mask));
        expect(decoded.ok && decoded.value.pixels).toEqual(mask.pixels);
        const uncompressed = decodeCocoRle({
          size: [mask.height, mask.width],
          counts: cocoCountsOf(mask),
        });
        expect(uncompressed.ok && uncompressed.value.pixels).toEqual(mask.pixels);
      }),
      { numRuns: 300 },
    );
  });
});
