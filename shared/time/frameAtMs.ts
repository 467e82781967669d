import type { FrameRate } from './FrameRate.ts';
import { floorMulDiv } from './floorMulDiv.ts';

/**
 * The index of the frame on screen at `ms` of media time: the last frame that starts at or before it.
 * Exact for whole milliseconds at any media length; times before 0 show frame 0.
 */
export function frameAtMs(ms: number, rate: FrameRate): number {
  if (!(ms > 0)) return 0;
  const wholeMs = Math.floor(ms);
  const msPerFrameDenominator = 1000 * rate.den;
  const { quotient, remainder } = floorMulDiv(wholeMs, rate.num, msPerFrameDenominator);
  if (wholeMs === ms) return quotient;
  return quotient + Math.floor((remainder + (ms - wholeMs) * rate.num) / msPerFrameDenominator);
}
