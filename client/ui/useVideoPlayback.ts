import { useEffect, useState, useSyncExternalStore } from 'react';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { AudioTransport } from '../audio/createAudioTransport.ts';
import { createAudioTransport } from '../audio/createAudioTransport.ts';
import type { VideoClock } from '../video/createVideoClock.ts';
import { createVideoClock } from '../video/createVideoClock.ts';
import { createElementTransport } from '../video/createElementTransport.ts';
import type { VideoClockState } from '../video/VideoClockState.ts';

/** The video's clock and transport, once the element exists. */
export interface VideoPlayback {
  clock: VideoClock;
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

/** Attaches a frame clock and an audio transport to a video element for as long as it is mounted. */
export function useVideoPlayback(
  video: HTMLVideoElement | null,
  media: MediaInfo,
): { playback: VideoPlayback | null; clockState: VideoClockState } {
  const [playback, setPlayback] = useState<VideoPlayback | null>(null);
  const { num, den } = media.frameRate;
  const { frameCount } = media;
  useEffect(() => {
    if (!video) return;
    const clock = createVideoClock(video, { num, den }, frameCount);
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
