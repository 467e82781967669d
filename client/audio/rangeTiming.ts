import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/** Media time and audio-clock time read at the same moment. */
export interface ClockSample {
  mediaMs: number;
  contextSec: number;
}

/** A range of media time to play, in ms. */
export interface PlayRange {
  startMs: number;
  endMs: number;
}

/** When, on the audio clock, media playing at `rate` from `sample` reaches `targetMs`. */
export function contextSecAt(targetMs: number, sample: ClockSample, rate: number): number {
  return sample.contextSec + (targetMs - sample.mediaMs) / 1000 / rate;
}

/** The part of a requested range that the media holds, or why there is nothing to play. */
export function playableRange(
  startMs: number,
  endMs: number,
  durationMs: number,
): Result<PlayRange> {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) {
    return fail(`cannot play ${startMs}–${endMs} ms: both ends must be numbers`);
  }
  const knownDurationMs = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : Infinity;
  const clampedStartMs = Math.max(0, Math.min(startMs, endMs));
  const clampedEndMs = Math.min(knownDurationMs, Math.max(startMs, endMs));
  if (clampedEndMs <= clampedStartMs) {
    return fail(
      `cannot play ${Math.round(startMs)}–${Math.round(endMs)} ms: it is empty or outside the media`,
    );
  }
  return ok({ startMs: clampedStartMs, endMs: clampedEndMs });
}

/** Whether a frame or time update at `mediaMs` means the range is over; half a frame early counts. */
export function reachedRangeEnd(mediaMs: number, endMs: number, toleranceMs: number): boolean {
  return mediaMs >= endMs - toleranceMs;
}
