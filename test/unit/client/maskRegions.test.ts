import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMaskFrame } from '../../../shared/doc/writeMasks.ts';
import { fillMaskRegion } from '../../../client/commands/fillMaskRegion.ts';
import { floodFillRegion } from '../../../client/masks/floodFillRegion.ts';
import { magicWandRegion } from '../../../client/masks/magicWandRegion.ts';

/** A frame from rows of characters: each character one pixel, grey level by its code. */
function frameOf(rows: string[]) {
  const width = rows[0]!.length;
  const data = new Uint8ClampedArray(width * rows.length * 4);
  rows.forEach((row, y) =>
    [...row].forEach((character, x) => {
      const level = character === '#' ? 200 : character === '+' ? 190 : 10;
      data.set([level, level, level, 255], (y * width + x) * 4);
    }),
  );
  return { width, height: rows.length, data };
}

function rowsOf(mask: { width: number; pixels: Uint8Array }): string[] {
  const rows: string[] = [];
  for (let start = 0; start < mask.pixels.length; start += mask.width) {
    rows.push([...mask.pixels.subarray(start, start + mask.width)].join(''));
  }
  return rows;
}

describe('the magic wand and flood fill', () => {
  const frame = frameOf(['##..#', '#+..#', '##...', '.....', '##.##']);

  it('selects the connected pixels of similar colour, within the tolerance', () => {
    const strict = magicWandRegion(frame, { x: 0, y: 0 }, 0);
    if (!strict.ok) throw new Error(strict.error);
    expect(rowsOf(strict.value)).toEqual(['11000', '10000', '11000', '00000', '00000']);
    const loose = magicWandRegion(frame, { x: 0.5, y: 0.5 }, 12);
    if (!loose.ok) throw new Error(loose.error);
    expect(rowsOf(loose.value)).toEqual(['11000', '11000', '11000', '00000', '00000']);
    const background = magicWandRegion(frame, { x: 3, y: 3 }, 0);
    if (!background.ok) throw new Error(background.error);
    expect(rowsOf(background.value)).toEqual(['00110', '00110', '00111', '11111', '00100']);
  });

  it('fills a hole enclosed by paint, and refuses a click outside the frame', () => {
    const ring = {
      width: 5,
      height: 4,
      pixels: Uint8Array.from('11111100011000111111'.split('').map(Number)),
    };
    const hole = floodFillRegion(ring, { x: 2, y: 1 });
    if (!hole.ok) throw new Error(hole.error);
    expect(rowsOf(hole.value)).toEqual(['00000', '01110', '01110', '00000']);
    expect(floodFillRegion(ring, { x: 7, y: 1 })).toEqual({
      ok: false,
      error: 'the click at 7, 1 is outside the 5×4 frame',
    });
  });

  it('stores the region as one operation that decodes to the same pixels', () => {
    const doc = new Y.Doc();
    const region = magicWandRegion(frame, { x: 3, y: 3 }, 0);
    if (!region.ok) throw new Error(region.error);
    const context = { doc, author: () => ({ userId: 'ann', nowMs: 5 }) };
    const painted = fillMaskRegion(context, {
      maskId: null,
      labelId: 'road',
      frame: 7,
      region: region.value,
      mode: 'paint',
    });
    if (!painted.ok) throw new Error(painted.error);
    const read = readMaskFrame(doc, painted.value, 7);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.mask.pixels).toEqual(region.value.pixels);
    const empty = { ...region.value, pixels: new Uint8Array(region.value.pixels.length) };
    expect(
      fillMaskRegion(context, {
        maskId: painted.value,
        labelId: null,
        frame: 7,
        region: empty,
        mode: 'paint',
      }),
    ).toEqual({
      ok: false,
      error: 'the region is empty: nothing to fill',
    });
  });
});
