import type { FrameRate } from './FrameRate.ts';
import { floorMulDiv } from './floorMulDiv.ts';

/** A last frame shown for less than this is an artefact of rounding the duration to whole milliseconds. */
const ROUNDING_SLIVER_MS = 1;

/**
 * How many frames a media of `durationMs` shows: the frames that start before its end, ignoring a final
 * frame that would be on screen for 1 ms or less (a duration rounded up to whole ms must not add a frame).
 */
export function frameCountOf(durationMs: number, rate: FrameRate): number {
  const lastStartMs = durationMs - ROUNDING_SLIVER_MS;
  if (!(lastStartMs > 0)) return durationMs > 0 ? 1 : 0;
  const wholeMs = Math.floor(lastStartMs);
  const denominator = 1000 * rate.den;
  const { quotient, remainder } = floorMulDiv(wholeMs, rate.num, denominator);
  const fractionNumerator = remainder + (lastStartMs - wholeMs) * rate.num;
  return quotient + Math.ceil(fractionNumerator / denominator);
}
