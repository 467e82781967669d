import { describe, expect, it } from 'vitest';
import type { MaskBitmap } from '../../../shared/mask/MaskBitmap.ts';
import { createMaskBitmap } from '../../../shared/mask/MaskBitmap.ts';
import { rasterizePolygon } from '../../../shared/mask/rasterizePolygon.ts';
import { rasterizeStroke } from '../../../shared/mask/rasterizeStroke.ts';

function emptyMask(width: number, height: number): MaskBitmap {
  const mask = createMaskBitmap(width, height);
  if (!mask.ok) throw new Error(mask.error);
  return mask.value;
}

function rowsOf(mask: MaskBitmap): string[] {
  return Array.from({ length: mask.height }, (_, y) =>
    [...mask.pixels.subarray(y * mask.width, (y + 1) * mask.width)]
      .map((pixel) => (pixel ? '#' : '.'))
      .join(''),
  );
}

describe('integer rasterisation of mask geometry (quarter pixels)', () => {
  it('fills exactly the pixels whose centres a polygon contains', () => {
    const mask = emptyMask(6, 5);
    rasterizePolygon(mask, [4, 4, 20, 4, 20, 16, 4, 16], 1);
    expect(rowsOf(mask)).toEqual(['......', '.####.', '.####.', '.####.', '......']);
  });

  it('fills a triangle by the even-odd rule and erases with 0', () => {
    const mask = emptyMask(5, 5);
    rasterizePolygon(mask, [0, 0, 20, 0, 0, 20], 1);
    expect(rowsOf(mask)).toEqual(['####.', '###..', '##...', '#....', '.....']);
    rasterizePolygon(mask, [0, 0, 8, 0, 8, 8, 0, 8], 0);
    expect(rowsOf(mask)).toEqual(['..##.', '..#..', '##...', '#....', '.....']);
  });

  it('paints a dot as the pixels within its radius, edges included', () => {
    const mask = emptyMask(5, 5);
    rasterizeStroke(mask, [10, 10], 4, 1);
    expect(rowsOf(mask)).toEqual(['.....', '..#..', '.###.', '..#..', '.....']);
  });

  it('paints a stroke as a capsule along its polyline, clipped to the mask', () => {
    const mask = emptyMask(8, 3);
    rasterizeStroke(mask, [-40, 2, 30, 2], 2, 1);
    expect(rowsOf(mask)).toEqual(['########', '........', '........']);
    rasterizeStroke(mask, [2, 2, 2, 10, 30, 10], 1, 1);
    expect(rowsOf(mask)).toEqual(['########', '#.......', '########']);
  });
});
