import type { Gain } from 'tone';
import { getContext } from 'tone';
import type { ClockSample } from './rangeTiming.ts';
import { contextSecAt, reachedRangeEnd } from './rangeTiming.ts';

/** A range being played: it stops by itself at its end, or earlier when cancelled. */
export interface RangeStop {
  /** Resolves once the range has stopped, at its end or cancelled. */
  readonly finished: Promise<void>;
  /** Recomputes the stop after the playback rate changed. */
  reschedule(): void;
  cancel(): void;
}

/** What a range stop needs: the playing element, the gain it is heard through, where to stop. */
export interface RangeStopOptions {
  media: HTMLMediaElement;
  gain: Gain;
  endMs: number;
  rate: () => number;
}

const FADE_SEC = 0.004;
const TIMER_MARGIN_SEC = 0.002;
/** A presented frame or time update this close before the end counts as the end. */
const END_TOLERANCE_MS = 2;

/**
 * Silences the audio exactly at `endMs` with a gain ramp on the audio clock, then pauses the element
 * when a presented frame (requestVideoFrameCallback), a time update or a clock timer confirms the end,
 * and parks it on `endMs`.
 */
export function scheduleRangeStop(options: RangeStopOptions): RangeStop {
  const { media, gain, endMs } = options;
  const context = getContext();
  const video = 'requestVideoFrameCallback' in media ? (media as HTMLVideoElement) : null;
  let timerId: number | null = null;
  let frameRequest: number | null = null;
  let settled = false;
  let resolveFinished = () => {};
  const finished = new Promise<void>((resolve) => (resolveFinished = resolve));

  const sample = (): ClockSample => ({
    mediaMs: media.currentTime * 1000,
    contextSec: context.currentTime,
  });

  function schedule() {
    const now = sample();
    const stopSec = Math.max(now.contextSec, contextSecAt(endMs, now, options.rate()));
    gain.gain.cancelScheduledValues(now.contextSec);
    gain.gain.setValueAtTime(1, Math.max(now.contextSec, stopSec - FADE_SEC));
    gain.gain.linearRampToValueAtTime(0, stopSec);
    if (timerId !== null) context.clearTimeout(timerId);
    timerId = context.setTimeout(onTimer, stopSec - now.contextSec + TIMER_MARGIN_SEC);
  }

  function settle(reachedEnd: boolean) {
    if (settled) return;
    settled = true;
    if (timerId !== null) context.clearTimeout(timerId);
    if (video && frameRequest !== null) video.cancelVideoFrameCallback(frameRequest);
    media.removeEventListener('timeupdate', onTimeUpdate);
    media.removeEventListener('pause', onInterrupt);
    media.removeEventListener('seeking', onInterrupt);
    media.removeEventListener('ended', onEnded);
    media.removeEventListener('playing', schedule);
    if (reachedEnd) {
      media.pause();
      media.currentTime = endMs / 1000;
    }
    gain.gain.cancelScheduledValues(context.currentTime);
    gain.gain.setValueAtTime(1, context.currentTime);
    resolveFinished();
  }

  // Every check also re-aims the stop, so clock drift and start-up latency do not accumulate.
  function onTimeUpdate() {
    if (reachedRangeEnd(media.currentTime * 1000, endMs, END_TOLERANCE_MS)) settle(true);
    else if (!media.paused) schedule();
  }
  const onTimer = onTimeUpdate;
  function onFrame(_nowMs: number, metadata: VideoFrameCallbackMetadata) {
    frameRequest = null;
    if (reachedRangeEnd(metadata.mediaTime * 1000, endMs, END_TOLERANCE_MS)) settle(true);
    else if (video && !settled) frameRequest = video.requestVideoFrameCallback(onFrame);
  }
  const onInterrupt = () => settle(false);
  const onEnded = () => settle(true);

  media.addEventListener('timeupdate', onTimeUpdate);
  media.addEventListener('pause', onInterrupt);
  media.addEventListener('seeking', onInterrupt);
  media.addEventListener('ended', onEnded);
  media.addEventListener('playing', schedule);
  if (video) frameRequest = video.requestVideoFrameCallback(onFrame);
  if (!media.paused) schedule();
  return {
    finished,
    reschedule: () => {
      if (!settled) schedule();
    },
    cancel: () => settle(false),
  };
}
