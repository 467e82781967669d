import type { FrameRate } from './FrameRate.ts';

/**
 * The frame whose presentation timestamp `seconds` is, as a decoder reports it (ffprobe's pts_time,
 * requestVideoFrameCallback's mediaTime): the nearest frame start, since such timestamps are rounded.
 */
export function frameOfTimestamp(seconds: number, rate: FrameRate): number {
  return Math.max(0, Math.round((seconds * rate.num) / rate.den));
}
