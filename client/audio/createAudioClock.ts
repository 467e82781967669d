import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameAtMs } from '../../shared/time/frameAtMs.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';
import type { MediaClock } from '../video/MediaClock.ts';
import type { VideoClockState } from '../video/VideoClockState.ts';

const MEDIA_EVENTS = ['play', 'pause', 'seeked', 'timeupdate', 'loadedmetadata', 'ended'] as const;

/**
 * The playhead of audio-only media, which presents no video frames to follow: read from
 * currentTime on every animation frame while playing and on media events, and stepped in the
 * given rate's steps. `frame` counts those steps.
 */
export function createAudioClock(media: HTMLMediaElement, stepRate: FrameRate): MediaClock {
  const listeners = new Set<() => void>();
  let state: VideoClockState = { frame: 0, timeMs: 0, playing: !media.paused };
  // Where a seek in flight is heading, so repeated steps add up before the element catches up.
  let targetMs: number | null = null;
  let animation: number | null = null;

  const publish = (timeMs: number) => {
    const next = { frame: frameAtMs(timeMs, stepRate), timeMs, playing: !media.paused };
    if (next.timeMs === state.timeMs && next.playing === state.playing) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const lastMs = () => (Number.isFinite(media.duration) ? media.duration * 1000 : Infinity);
  const read = () => {
    if (!media.seeking) targetMs = null;
    publish(targetMs ?? media.currentTime * 1000);
  };
  const follow = () => {
    animation = null;
    read();
    if (!media.paused) animation = requestAnimationFrame(follow);
  };
  const onMediaEvent = () => {
    read();
    if (!media.paused && animation === null) animation = requestAnimationFrame(follow);
  };
  for (const type of MEDIA_EVENTS) media.addEventListener(type, onMediaEvent);

  const clock: MediaClock = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    seekToMs(ms) {
      const atMs = Math.min(lastMs(), Math.max(0, ms));
      targetMs = atMs;
      media.currentTime = atMs / 1000;
      publish(atMs);
    },
    seekToFrame(frame, atMs) {
      clock.seekToMs(atMs ?? frameStartMs(Math.max(0, Math.round(frame)), stepRate));
    },
    stepFrames(delta) {
      if (!media.paused) media.pause();
      const fromMs = targetMs ?? state.timeMs;
      clock.seekToFrame(frameAtMs(fromMs, stepRate) + delta);
    },
    dispose() {
      if (animation !== null) cancelAnimationFrame(animation);
      for (const type of MEDIA_EVENTS) media.removeEventListener(type, onMediaEvent);
      listeners.clear();
    },
  };
  return clock;
}
