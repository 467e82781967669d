import type { FrameRate } from './FrameRate.ts';

/** When a frame starts being shown, in (fractional) milliseconds of media time: `frame × 1000 × den / num`. */
export function frameStartMs(frame: number, rate: FrameRate): number {
  // One rounding only: the product of integers is exact, so whole-ms starts (frame 30 at 30000/1001 is 1001 ms) come out exact.
  return (frame * 1000 * rate.den) / rate.num;
}
