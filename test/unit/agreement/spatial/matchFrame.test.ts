import { describe, expect, it } from 'vitest';
import type { FrameMatch } from '../../../../shared/agreement/spatial/matchFrame.ts';
import { matchFrame } from '../../../../shared/agreement/spatial/matchFrame.ts';
import type { SpatialShape } from '../../../../shared/agreement/spatial/SpatialShape.ts';
import type { Box } from '../../../../shared/schema/box.ts';
import { encodeMaskRuns } from '../../../../shared/mask/maskRuns.ts';

const GRID = { width: 64, height: 48 };
const everyLabel = (iou: number) => () => iou;

function box(id: string, at: Box, labelId: string | null = 'car'): SpatialShape {
  return { id, labelId, geometry: { kind: 'box', box: at } };
}

/** A box of height 10 from x = from to x = to, so IoUs are ratios of lengths. */
function span(id: string, from: number, to: number, labelId: string | null = 'car'): SpatialShape {
  return box(id, { x: from, y: 0, w: to - from, h: 10 }, labelId);
}

function matched(
  left: readonly SpatialShape[],
  right: readonly SpatialShape[],
  iou = 0.5,
): FrameMatch {
  const result = matchFrame(left, right, GRID, everyLabel(iou));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A seeded generator, so the large frame is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

describe('matching two layers on one frame', () => {
  it('matches regardless of label, and lists label mismatches, missing and extra shapes', () => {
    const left = [span('a', 0, 10, 'car'), span('b', 20, 30, 'car'), span('c', 40, 50, 'car')];
    const right = [span('x', 1, 10, 'truck'), span('y', 20, 30, 'car'), span('z', 55, 60, 'car')];
    expect(matched(left, right)).toEqual({
      matched: [
        { leftId: 'a', rightId: 'x', iou: 0.9 },
        { leftId: 'b', rightId: 'y', iou: 1 },
      ],
      labelMismatches: [{ leftId: 'a', rightId: 'x', leftLabelId: 'car', rightLabelId: 'truck' }],
      missing: ['c'],
      extra: ['z'],
    });
  });

  it('needs the stricter of the two labels’ thresholds', () => {
    const thresholds = new Map([
      ['car', 0.5],
      ['person', 0.8],
    ]);
    const thresholdOf = (labelId: string | null) => thresholds.get(labelId ?? '') ?? 0.5;
    const left = [span('a', 0, 10, 'car'), span('b', 20, 30, 'car')];
    const right = [span('x', 3, 10, 'car'), span('y', 23, 30, 'person')];
    const result = matchFrame(left, right, GRID, thresholdOf);
    // Both overlap 0.7: enough for two cars, not for a car and a person.
    expect(result.ok && result.value.matched).toEqual([{ leftId: 'a', rightId: 'x', iou: 0.7 }]);
    expect(result.ok && [result.value.missing, result.value.extra]).toEqual([['b'], ['y']]);
  });

  it('maximises the total IoU where taking the best pair first would not', () => {
    // a–x 0.6 is the best pair, but a–y 0.5 with b–x 0.5 totals 1.0.
    const left = [span('a', 0, 10), span('b', -2, 4)];
    const right = [span('x', 0, 6), span('y', 5, 10)];
    expect(matched(left, right, 0.3).matched).toEqual([
      { leftId: 'a', rightId: 'y', iou: 0.5 },
      { leftId: 'b', rightId: 'x', iou: 0.5 },
    ]);
  });

  it('breaks ties by the smallest ids, whatever order the shapes come in', () => {
    const at = { x: 5, y: 5, w: 10, h: 10 };
    const left = [box('b', at), box('a', at)];
    const right = [box('y', at), box('x', at), box('z', at)];
    const expected = {
      matched: [
        { leftId: 'a', rightId: 'x', iou: 1 },
        { leftId: 'b', rightId: 'y', iou: 1 },
      ],
      labelMismatches: [],
      missing: [],
      extra: ['z'],
    };
    expect(matched(left, right)).toEqual(expected);
    expect(matched([...left].reverse(), [...right].reverse())).toEqual(expected);
  });

  it('compares boxes, polygons and masks on the frame’s pixels', () => {
    const pixels = new Uint8Array(GRID.width * GRID.height);
    for (let y = 10; y < 20; y += 1) pixels.fill(1, y * GRID.width + 10, y * GRID.width + 20);
    const runs = encodeMaskRuns({ ...GRID, pixels });
    const left: SpatialShape[] = [
      {
        id: 'polygon',
        labelId: 'car',
        geometry: { kind: 'polygon', points: [10, 10, 20, 10, 20, 20, 10, 20] },
      },
      box('box', { x: 40, y: 10, w: 10, h: 10 }),
    ];
    const right: SpatialShape[] = [
      { id: 'mask', labelId: 'car', geometry: { kind: 'mask', runs } },
      {
        id: 'triangle',
        labelId: 'car',
        geometry: { kind: 'polygon', points: [40, 10, 50, 10, 40, 20] },
      },
    ];
    const result = matched(left, right, 0.4);
    // The triangle covers the 45 pixels whose centres lie left of its diagonal (on it is a right edge).
    expect(result.matched).toEqual([
      { leftId: 'box', rightId: 'triangle', iou: 45 / 100 },
      { leftId: 'polygon', rightId: 'mask', iou: 1 },
    ]);
  });

  it('refuses repeated ids, masks of the wrong size and thresholds outside 0..1, naming them', () => {
    const shape = span('a', 0, 10);
    expect(matchFrame([shape, shape], [], GRID, everyLabel(0.5))).toEqual({
      ok: false,
      error: 'object a is listed twice in the left layer',
    });
    const mask: SpatialShape = {
      id: 'm',
      labelId: null,
      geometry: { kind: 'mask', runs: [10, 5] },
    };
    const wrongSize = matchFrame([], [mask], GRID, everyLabel(0.5));
    expect(wrongSize.ok || wrongSize.error).toBe(
      "mask m on a 64×48 frame: runs cover 15 pixels, not the mask's 3072 (right layer)",
    );
    const badThreshold = matchFrame([shape], [], GRID, everyLabel(1.5));
    expect(badThreshold.ok || badThreshold.error).toBe(
      'the IoU threshold of label car is 1.5, not from 0 to 1',
    );
  });

  it('matches 2,000 × 2,000 boxes spread over a 4K frame', () => {
    const next = random(2024);
    const objects = Array.from({ length: 2_000 }, () => ({
      x: next() * 3_800,
      y: next() * 2_120,
      w: 8 + next() * 40,
      h: 8 + next() * 40,
    }));
    const nudged = (at: Box): Box => ({
      ...at,
      x: at.x + next() * 2 - 1,
      y: at.y + next() * 2 - 1,
    });
    const left = objects.map((at, index) => box(`a${index}`, nudged(at)));
    const right = objects.map((at, index) => box(`b${index}`, nudged(at)));
    const result = matchFrame(left, right, { width: 3_840, height: 2_160 }, everyLabel(0.5));
    if (!result.ok) throw new Error(result.error);
    const { matched: pairs, missing, extra } = result.value;
    expect(pairs.length + missing.length).toBe(2_000);
    expect(pairs.length + extra.length).toBe(2_000);
    expect(pairs.length).toBeGreaterThan(1_900);
    expect(new Set(pairs.map((pair) => pair.rightId)).size).toBe(pairs.length);
  });
});
