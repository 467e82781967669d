import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeKeyframeBase, encodeKeyframeBase } from '../../shared/doc/keyframeBase.ts';
import type { FramedKeyframe } from '../../shared/schema/keyframe.ts';
import { MAX_FRAME_INDEX } from '../../shared/schema/keyframe.ts';

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const anyNonNegative = fc.double({ noNaN: true, noDefaultInfinity: true, min: -0 });
const twoDecimals = fc.integer({ min: -400_000, max: 400_000 }).map((cents) => cents / 100);
const float32 = fc.float({ noNaN: true, noDefaultInfinity: true });

/** Coordinates as trackers and people produce them, and arbitrary doubles. */
const coordinate = fc.oneof(
  fc.integer({ min: -5_000, max: 5_000 }),
  twoDecimals,
  float32,
  anyFinite,
);
const extent = fc.oneof(fc.nat({ max: 5_000 }), twoDecimals.map(Math.abs), anyNonNegative);

/** Sorted distinct frames, often in runs of consecutive frames as a tracker writes them. */
const frames = fc
  .array(fc.tuple(fc.nat({ max: 5_000 }), fc.integer({ min: 1, max: 60 })), { maxLength: 12 })
  .chain((runs) =>
    fc.constant(
      [...new Set(runs.flatMap(([start, length]) => Array.from({ length }, (_, i) => start + i)))]
        .concat(runs.length % 3 === 0 ? [MAX_FRAME_INDEX] : [])
        .sort((left, right) => left - right),
    ),
  );

const keyframes: fc.Arbitrary<FramedKeyframe[]> = frames.chain((sorted) =>
  fc.tuple(
    ...sorted.map((frame) =>
      fc.record({
        frame: fc.constant(frame),
        box: fc.record({ x: coordinate, y: coordinate, w: extent, h: extent }),
        outside: fc.boolean(),
      }),
    ),
  ),
);

function encoded(list: readonly FramedKeyframe[]): Uint8Array {
  const result = encodeKeyframeBase(list);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('the keyframe base codec, on random keyframes', () => {
  it('decodes what it encodes, every number identical (negative zero included)', () => {
    fc.assert(
      fc.property(keyframes, (list) => {
        expect(decodeKeyframeBase(encoded(list))).toEqual({ ok: true, value: list });
      }),
      { numRuns: 300 },
    );
  });

  it('encodes the same keyframes to the same bytes, so replicas writing a base agree', () => {
    fc.assert(
      fc.property(keyframes, (list) => {
        const decoded = decodeKeyframeBase(encoded(list));
        expect(decoded.ok && encoded(decoded.value)).toEqual(encoded(list));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on damaged bytes, and whatever it accepts is valid keyframes', () => {
    const damaged = fc
      .tuple(keyframes, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 4 }))
      .map(([list, flips]) => {
        const bytes = encoded(list).slice();
        for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
        return bytes;
      });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.uint8Array({ maxLength: 64 })), (bytes) => {
        const decoded = decodeKeyframeBase(bytes);
        if (decoded.ok) expect(encodeKeyframeBase(decoded.value).ok).toBe(true);
        else expect(decoded.error).toMatch(/keyframe base|box at frame/);
      }),
      { numRuns: 500 },
    );
  });
});
