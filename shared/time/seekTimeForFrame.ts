import type { FrameRate } from './FrameRate.ts';

/**
 * The time in seconds to give a video element's `currentTime` so that it shows exactly `frame`: the middle
 * of the frame's display interval, so rounding in the decoder's clock cannot land on a neighbour.
 */
export function seekTimeForFrame(frame: number, rate: FrameRate): number {
  return ((frame + 0.5) * rate.den) / rate.num;
}
