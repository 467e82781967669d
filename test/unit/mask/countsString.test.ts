import { describe, expect, it } from 'vitest';
import { decodeCocoRle, encodeCocoRle } from '../../../shared/mask/cocoRle.ts';
import { decodeCountsString, encodeCountsString } from '../../../shared/mask/countsString.ts';

// A 50 × 70 mask printed by pycocotools' `mask.encode` (COCOtoolsFORK's README).
const PUBLISHED = {
  size: [50, 70],
  counts:
    '0g05b08J4M2N2NA^O1`0OCO=0E090H080IO68DH;>@C>a0_O_O`0j0OWOF<:CM72I24NL43JM92FN;1ENKO72L0LO91J0MO92INO0NO122OO0M031O000NO31OO11MO40N011MO41MO21L06OL021L06OL021L06OL021L060J040L060J040L060J040L060J040L060J040L060J040L060KO31L060KO31L06OL021L06OL021L06OL021MO41MO21MO40N100NO310O00M0310O00NO1220NO92IONO91KOMO72M0<1EO:2GN63KM34OLM73JF<;=1G_O_Ob0=AC`07EH=1IO71H090F0:1DO>1_O1b0>2N2N3L6H]O',
};

describe("COCO's compressed counts text", () => {
  it('writes counts as the reference encoder does, hand-checked', () => {
    expect(encodeCountsString([5])).toBe('5');
    expect(encodeCountsString([0, 1, 2, 3])).toBe('0122');
    // From the fourth count on, the difference to the count two before: 2 - 10 = -8.
    expect(encodeCountsString([0, 10, 1, 2])).toBe('0:1H');
    // 100 = 4 + 3 × 32: a continued group (4 | 0x20) then 3.
    expect(encodeCountsString([100])).toBe('T3');
    // 16 sets the sign bit of its group, so a zero group must follow.
    expect(encodeCountsString([16])).toBe('`0');
  });

  it('reads back what it writes, and a published mask exactly', () => {
    for (const counts of [[5], [0, 1, 2, 3], [0, 10, 1, 2], [100], [16], [0, 67_108_864]]) {
      expect(decodeCountsString(encodeCountsString(counts))).toEqual({ ok: true, value: counts });
    }
    const decoded = decodeCocoRle(PUBLISHED);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.pixels.length).toBe(50 * 70);
    expect(decoded.value.pixels.some((pixel) => pixel === 1)).toBe(true);
    expect(encodeCocoRle(decoded.value)).toEqual(PUBLISHED);
  });

  it('names what is wrong in text that is not counts', () => {
    expect(decodeCountsString('0 1')).toEqual({ ok: false, error: 'counts text has " " at 1' });
    expect(decodeCountsString('T')).toEqual({
      ok: false,
      error: 'counts text ends inside count 1',
    });
    expect(decodeCocoRle({ size: [2, 2], counts: [1, 2] })).toEqual({
      ok: false,
      error: 'RLE counts cover 3 pixels, not 2 × 2',
    });
  });
});
