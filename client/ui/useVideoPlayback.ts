import { useEffect, useState, useSyncExternalStore } from 'react';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import { createAudioClock } from '../audio/createAudioClock.ts';
import type { AudioTransport } from '../audio/createAudioTransport.ts';
import { createAudioTransport } from '../audio/createAudioTransport.ts';
import { hasFrames, timelineStepRate } from '../timeline/timelineStepRate.ts';
import { createVideoClock } from '../video/createVideoClock.ts';
import { createElementTransport } from '../video/createElementTransport.ts';
import type { MediaClock } from '../video/MediaClock.ts';
import type { VideoClockState } from '../video/VideoClockState.ts';

/** The media's clock and transport, once the element exists. */
export interface VideoPlayback {
  clock: MediaClock;
  transport: AudioTransport;
}

const STOPPED: VideoClockState = { frame: 0, timeMs: 0, playing: false };
const noSubscription = () => () => {};
const stopped = () => STOPPED;

function startTransport(video: HTMLVideoElement): AudioTransport {
  try {
    return createAudioTransport(video);
  } catch (error) {
    console.warn('audio routing unavailable; playing through the video element', error);
    return createElementTransport(video);
  }
}

/**
 * Attaches a clock and an audio transport to the media element for as long as it is mounted: a
 * frame clock for video, a clock that steps in 10 ms for audio-only media (which show no frames).
 */
export function useVideoPlayback(
  video: HTMLVideoElement | null,
  media: MediaInfo,
): { playback: VideoPlayback | null; clockState: VideoClockState } {
  const [playback, setPlayback] = useState<VideoPlayback | null>(null);
  const { num, den } = media.frameRate;
  const { frameCount } = media;
  useEffect(() => {
    if (!video) return;
    const rate = { num, den };
    const clock = hasFrames(rate)
      ? createVideoClock(video, rate, frameCount)
      : createAudioClock(video, timelineStepRate(rate));
    const transport = startTransport(video);
    setPlayback({ clock, transport });
    return () => {
      clock.dispose();
      transport.dispose();
      setPlayback(null);
    };
  }, [video, num, den, frameCount]);
  const clockState = useSyncExternalStore(
    playback?.clock.subscribe ?? noSubscription,
    playback?.clock.getState ?? stopped,
  );
  return { playback, clockState };
}
