import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxIou } from '../../../../shared/agreement/spatial/boxIou.ts';
import { boxSpans } from '../../../../shared/agreement/spatial/boxSpans.ts';
import { polygonSpans } from '../../../../shared/agreement/spatial/polygonSpans.ts';
import { runsIou } from '../../../../shared/agreement/spatial/runsIou.ts';
import { shapeIou } from '../../../../shared/agreement/spatial/shapeIou.ts';
import { spansOfRuns } from '../../../../shared/agreement/spatial/spansOfRuns.ts';
import type { MaskBitmap } from '../../../../shared/mask/MaskBitmap.ts';
import { encodeMaskRuns } from '../../../../shared/mask/maskRuns.ts';
import { rasterizePolygon } from '../../../../shared/mask/rasterizePolygon.ts';

function maskOf(rows: readonly string[]): MaskBitmap {
  const width = (rows[0] as string).length;
  const pixels = new Uint8Array(width * rows.length);
  rows.forEach((row, y) =>
    [...row].forEach((cell, x) => (pixels[y * width + x] = cell === '#' ? 1 : 0)),
  );
  return { width, height: rows.length, pixels };
}

function runsOf(rows: readonly string[]): number[] {
  return encodeMaskRuns(maskOf(rows));
}

/** The polygon as a full-size mask would hold it, painted by the mask rasteriser itself. */
function rasterisedSpans(points: readonly number[], width: number, height: number): number[] {
  const mask = { width, height, pixels: new Uint8Array(width * height) };
  rasterizePolygon(
    mask,
    points.map((value) => Math.round(value * 4)),
    1,
  );
  return spansOfRuns(encodeMaskRuns(mask));
}

const L_SHAPE = [0, 0, 4, 0, 4, 2, 2, 2, 2, 4, 0, 4];

describe('box IoU, exact in floating point', () => {
  const box = { x: 10, y: 20, w: 30, h: 40 };

  it('is 1 for identical boxes and 0 for disjoint or merely touching ones', () => {
    expect(boxIou(box, { ...box })).toBe(1);
    expect(boxIou({ x: 0.1, y: 0.7, w: 0.3, h: 1e-3 }, { x: 0.1, y: 0.7, w: 0.3, h: 1e-3 })).toBe(
      1,
    );
    expect(boxIou(box, { x: 100, y: 100, w: 5, h: 5 })).toBe(0);
    expect(boxIou(box, { x: 40, y: 20, w: 10, h: 40 })).toBe(0);
  });

  it('is the ratio of areas for a nested box and 1/3 for boxes overlapping by half', () => {
    expect(boxIou(box, { x: 20, y: 30, w: 15, h: 20 })).toBe((15 * 20) / (30 * 40));
    expect(boxIou({ x: 0, y: 0, w: 2, h: 1 }, { x: 1, y: 0, w: 2, h: 1 })).toBe(1 / 3);
  });

  it('gives 0, not NaN, when a box has no area, and does not depend on argument order', () => {
    expect(boxIou({ x: 1, y: 1, w: 0, h: 5 }, { x: 0, y: 0, w: 4, h: 4 })).toBe(0);
    expect(boxIou({ x: 1, y: 1, w: 0, h: 0 }, { x: 1, y: 1, w: 0, h: 0 })).toBe(0);
    const other = { x: 13.3, y: 17.1, w: 29.9, h: 41.7 };
    expect(boxIou(box, other)).toBe(boxIou(other, box));
  });
});

describe('IoU in pixels: masks from runs, polygons and boxes rasterised as masks are', () => {
  it('counts set pixels of two masks from their runs', () => {
    const left = runsOf(['###.', '###.', '....', '....']);
    const right = runsOf(['.###', '.###', '.###', '....']);
    // 6 and 9 pixels set, 4 shared: 4 / (6 + 9 - 4).
    expect(runsIou(left, right)).toBe(4 / 11);
    expect(runsIou(left, left)).toBe(1);
    expect(runsIou(left, runsOf(['....', '....', '####', '####']))).toBe(0);
    expect(runsIou([16], [16])).toBe(0);
  });

  it('equals a pixel-by-pixel count on random masks', () => {
    const maskPair = fc
      .record({ width: fc.integer({ min: 1, max: 30 }), height: fc.integer({ min: 1, max: 30 }) })
      .chain(({ width, height }) => {
        // Sparse, dense and blocky masks: runs of every length, not just noise.
        const pixels = fc
          .tuple(
            fc.uint8Array({ minLength: width * height, maxLength: width * height }),
            fc.nat(255),
          )
          .map(([noise, cut]) => noise.map((value) => (value < cut ? 1 : 0)));
        return fc.tuple(fc.constant({ width, height }), pixels, pixels);
      });
    fc.assert(
      fc.property(maskPair, ([{ width, height }, left, right]) => {
        let [intersection, union] = [0, 0];
        left.forEach((pixel, index) => {
          intersection += pixel & (right[index] as number);
          union += pixel | (right[index] as number);
        });
        const expected = union === 0 ? 0 : intersection / union;
        const runs = (pixels: Uint8Array) => encodeMaskRuns({ width, height, pixels });
        expect(runsIou(runs(left), runs(right))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads runs with zero-length gaps and a set first pixel', () => {
    expect(spansOfRuns([0, 2, 0, 3, 4, 1])).toEqual([0, 5, 9, 10]);
    expect(runsIou([0, 2, 0, 3, 5], [0, 5, 5])).toBe(1);
  });

  it('covers 12 pixels with an L-shaped polygon and compares it with boxes and masks', () => {
    const grid = { width: 6, height: 6 };
    const polygon = { kind: 'polygon' as const, points: L_SHAPE };
    expect(polygonSpans(L_SHAPE, grid)).toEqual([0, 4, 6, 10, 12, 14, 18, 20]);
    const square = { kind: 'box' as const, box: { x: 0, y: 0, w: 4, h: 4 } };
    expect(shapeIou(polygon, square, grid)).toBe(12 / 16);
    const rightColumn = { kind: 'box' as const, box: { x: 2, y: 0, w: 2, h: 4 } };
    expect(shapeIou(polygon, rightColumn, grid)).toBe(4 / 16);
    const mask = {
      kind: 'mask' as const,
      runs: runsOf(['####..', '####..', '##....', '##....', '......', '......']),
    };
    expect(shapeIou(polygon, mask, grid)).toBe(1);
    expect(shapeIou(square, mask, grid)).toBe(12 / 16);
  });

  it('gives 1 for a polygon and the mask painted with it, and matches the rasteriser', () => {
    const grid = { width: 40, height: 30 };
    const points = [3.3, 2.1, 35.7, 5.2, 20.5, 28.9, 12.2, 14.4, 1.1, 25.6];
    const painted = rasterisedSpans(points, grid.width, grid.height);
    expect(polygonSpans(points, grid)).toEqual(painted);
    const mask = { width: 40, height: 30, pixels: new Uint8Array(1200) };
    rasterizePolygon(
      mask,
      points.map((value) => Math.round(value * 4)),
      1,
    );
    const geometry = { kind: 'polygon' as const, points };
    expect(shapeIou(geometry, { kind: 'mask', runs: encodeMaskRuns(mask) }, grid)).toBe(1);
  });

  it('rasterises boxes and random polygons exactly as the mask rasteriser does, clipped to the frame', () => {
    const coordinate = fc.integer({ min: -40, max: 200 }).map((quarters) => quarters / 4);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate), { minLength: 3, maxLength: 8 }),
        fc.integer({ min: 1, max: 45 }),
        fc.integer({ min: 1, max: 45 }),
        (corners, width, height) => {
          const points = corners.flat();
          const grid = { width, height };
          expect(polygonSpans(points, grid)).toEqual(rasterisedSpans(points, width, height));
          const [[x0, y0], [x1, y1]] = corners as [[number, number], [number, number]];
          const box = {
            x: Math.min(x0, x1),
            y: Math.min(y0, y1),
            w: Math.abs(x1 - x0),
            h: Math.abs(y1 - y0),
          };
          const boxCorners = [
            box.x,
            box.y,
            box.x + box.w,
            box.y,
            box.x + box.w,
            box.y + box.h,
            box.x,
            box.y + box.h,
          ];
          expect(boxSpans(box, grid)).toEqual(rasterisedSpans(boxCorners, width, height));
        },
      ),
    );
  });
});
