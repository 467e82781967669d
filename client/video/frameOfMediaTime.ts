import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameAtMs } from '../../shared/time/frameAtMs.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';

/**
 * The index of a presented frame from its timestamp in seconds. The timestamp is the frame's start, which
 * a float in seconds may hold a hair early; half a frame of slack makes that land on the right frame.
 */
export function frameOfMediaTime(mediaTimeSeconds: number, rate: FrameRate): number {
  return frameAtMs(mediaTimeSeconds * 1000 + frameStartMs(1, rate) / 2, rate);
}
