import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';
import type { FrameRate } from './FrameRate.ts';

/** Numerator and denominator stay below this so every ms ↔ frame product is exact. */
const MAX_TERM = 1_000_000;
/** Above this a frame lasts under a millisecond and whole-ms media time could not address it. */
const MAX_FRAMES_PER_SECOND = 1000;

const RATIONAL = /^\s*(\d{1,7})\s*(?:\/\s*(\d{1,7})\s*)?$/;
const DECIMAL = /^\s*(\d{1,4})\.(\d{1,6})\s*$/;

function greatestCommonDivisor(left: number, right: number): number {
  return right === 0 ? left : greatestCommonDivisor(right, left % right);
}

function rational(num: number, den: number, text: string): Result<FrameRate> {
  if (num === 0 || den === 0) {
    return fail(
      `frame rate ${JSON.stringify(text)} is zero or undefined; a video needs a rate above 0 fps`,
    );
  }
  if (num > MAX_TERM || den > MAX_TERM) {
    return fail(
      `frame rate ${JSON.stringify(text)} has terms above ${MAX_TERM}; reduce the fraction`,
    );
  }
  if (num / den > MAX_FRAMES_PER_SECOND) {
    return fail(
      `frame rate ${JSON.stringify(text)} is above ${MAX_FRAMES_PER_SECOND} fps; frames shorter than 1 ms are not supported`,
    );
  }
  const divisor = greatestCommonDivisor(num, den);
  return ok({ num: num / divisor, den: den / divisor });
}

function fromDecimal(whole: string, fraction: string, text: string): Result<FrameRate> {
  const value = Number(`${whole}.${fraction}`);
  const ntscBase = Math.round((value * 1001) / 1000);
  if (fraction.length <= 3 && Math.abs((ntscBase * 1000) / 1001 - value) < 0.0002 * ntscBase) {
    // 29.97 and friends are rounded labels for x000/1001; taking them literally drifts against the video.
    return fail(
      `frame rate ${JSON.stringify(text)} is a rounded NTSC rate; write it exactly as ${ntscBase * 1000}/1001`,
    );
  }
  const den = 10 ** fraction.length;
  return rational(Number(whole) * den + Number(fraction), den, text);
}

/** Parses a frame rate written as `30000/1001`, `25` or an exact decimal like `12.5`, as ffprobe and people write them. */
export function parseFrameRate(text: string): Result<FrameRate> {
  const ratio = RATIONAL.exec(text);
  if (ratio) return rational(Number(ratio[1]), ratio[2] === undefined ? 1 : Number(ratio[2]), text);
  const decimal = DECIMAL.exec(text);
  if (decimal) return fromDecimal(decimal[1] ?? '', decimal[2] ?? '', text);
  return fail(
    `frame rate ${JSON.stringify(text)} is not a number of frames per second; write it like 25 or 30000/1001`,
  );
}
