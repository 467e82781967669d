import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FRAME_INDEX } from '../../../shared/schema/track.ts';
import { floorMulDiv } from '../../../shared/time/floorMulDiv.ts';
import { frameAtMs } from '../../../shared/time/frameAtMs.ts';
import { frameCountOf } from '../../../shared/time/frameCountOf.ts';
import type { FrameRate } from '../../../shared/time/FrameRate.ts';
import { frameOfTimestamp } from '../../../shared/time/frameOfTimestamp.ts';
import { frameStartMs } from '../../../shared/time/frameStartMs.ts';
import type { BoxKeyframe } from '../../../shared/time/interpolateBox.ts';
import { interpolateBox } from '../../../shared/time/interpolateBox.ts';
import { seekTimeForFrame } from '../../../shared/time/seekTimeForFrame.ts';

const DAY_MS = 86_400_000;

/** Common broadcast rates plus arbitrary rationals up to `maxFps`. */
function frameRate(maxFps: number): fc.Arbitrary<FrameRate> {
  const common = fc.constantFrom<FrameRate>(
    { num: 24000, den: 1001 },
    { num: 25, den: 1 },
    { num: 30000, den: 1001 },
    { num: 60000, den: 1001 },
    { num: 120, den: 1 },
  );
  const arbitrary = fc
    .record({
      num: fc.integer({ min: 1, max: 1_000_000 }),
      den: fc.integer({ min: 1, max: 100_000 }),
    })
    .filter((rate) => rate.num / rate.den <= maxFps && rate.num / rate.den >= 0.01);
  return fc.oneof(common, arbitrary);
}

const frame = fc.integer({ min: 0, max: MAX_FRAME_INDEX });

describe('media time properties', () => {
  it('maps the first whole millisecond of any frame back to that frame', () => {
    fc.assert(
      fc.property(frameRate(999), frame, (rate, index) => {
        expect(frameAtMs(Math.ceil(frameStartMs(index, rate)), rate)).toBe(index);
      }),
    );
  });

  it('maps the seek time and the start timestamp of any frame back to that frame', () => {
    fc.assert(
      fc.property(frameRate(1000), frame, (rate, index) => {
        expect(frameAtMs(seekTimeForFrame(index, rate) * 1000, rate)).toBe(index);
        expect(frameOfTimestamp(frameStartMs(index, rate) / 1000, rate)).toBe(index);
      }),
    );
  });

  it('computes the frame at a whole millisecond exactly, as integer division would', () => {
    fc.assert(
      fc.property(frameRate(1000), fc.integer({ min: 0, max: 10 * DAY_MS }), (rate, ms) => {
        const exact = (BigInt(ms) * BigInt(rate.num)) / (1000n * BigInt(rate.den));
        expect(frameAtMs(ms, rate)).toBe(Number(exact));
      }),
    );
  });

  it('never goes back in time as milliseconds increase', () => {
    fc.assert(
      fc.property(
        frameRate(1000),
        fc.double({ min: 0, max: DAY_MS, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (rate, ms, stepMs) => {
          expect(frameAtMs(ms + stepMs, rate)).toBeGreaterThanOrEqual(frameAtMs(ms, rate));
        },
      ),
    );
  });

  it('counts n frames in a duration of n frames rounded to whole milliseconds', () => {
    fc.assert(
      fc.property(frameRate(600), frame, (rate, count) => {
        expect(frameCountOf(Math.round(frameStartMs(count, rate)), rate)).toBe(count);
      }),
    );
  });

  it('divides products beyond 2^53 exactly', () => {
    const term = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(term, term, fc.integer({ min: 1, max: 2 ** 40 }), (a, b, divisor) => {
        const exact = BigInt(a) * BigInt(b);
        const { quotient, remainder } = floorMulDiv(a, b, divisor);
        fc.pre(Number.isSafeInteger(Number(exact / BigInt(divisor))));
        expect(BigInt(quotient)).toBe(exact / BigInt(divisor));
        expect(BigInt(remainder)).toBe(exact % BigInt(divisor));
      }),
    );
  });
});

const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const size = fc.double({ min: 0, max: 1e6, noNaN: true });
const keyframeValue = fc.record({
  box: fc.record({ x: coordinate, y: coordinate, w: size, h: size }),
  outside: fc.boolean(),
});
const track = fc
  .uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 })
  .chain((frames) =>
    fc.tuple(
      ...frames
        .sort((left, right) => left - right)
        .map((at) => keyframeValue.map((value) => ({ frame: at, ...value }))),
    ),
  );

function within(value: number, from: number, to: number): boolean {
  return value >= Math.min(from, to) && value <= Math.max(from, to);
}

describe('box interpolation properties', () => {
  it('keeps an interpolated box between the keyframes around it', () => {
    fc.assert(
      fc.property(track, fc.integer({ min: 0, max: 10_000 }), (keyframes: BoxKeyframe[], at) => {
        const shown = interpolateBox(keyframes, at);
        const before = keyframes.filter((keyframe) => keyframe.frame <= at).at(-1);
        if (!before) {
          expect(shown).toBeNull();
          return;
        }
        const after = keyframes.find((keyframe) => keyframe.frame > at) ?? before;
        expect(shown).not.toBeNull();
        for (const field of ['x', 'y', 'w', 'h'] as const) {
          expect(within(shown?.box[field] ?? Number.NaN, before.box[field], after.box[field])).toBe(
            true,
          );
        }
        expect(shown?.isKeyframe).toBe(before.frame === at);
        expect(shown?.outside).toBe(before.outside);
      }),
    );
  });
});
