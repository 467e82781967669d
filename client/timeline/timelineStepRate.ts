import type { FrameRate } from '../../shared/time/FrameRate.ts';

/** Media without frames (audio only) step, zoom and snap in 10 ms steps, as if at 100 frames per second. */
export const AUDIO_STEP_RATE: FrameRate = { num: 100, den: 1 };

/** Whether a media's frame rate describes frames; audio-only media have 0/1. */
export function hasFrames(frameRate: FrameRate): boolean {
  return frameRate.num > 0 && frameRate.den > 0;
}

/** The rate the timeline and the clock step by: the video's frames, or 10 ms steps for audio only. */
export function timelineStepRate(frameRate: FrameRate): FrameRate {
  return hasFrames(frameRate) ? frameRate : AUDIO_STEP_RATE;
}
