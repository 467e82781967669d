import { useEffect, useState, useSyncExternalStore } from 'react';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import { createImageClock } from '../images/createImageClock.ts';
import { createStillTransport } from '../images/createStillTransport.ts';
import type { VideoClockState } from '../video/VideoClockState.ts';
import type { VideoPlayback } from './useVideoPlayback.ts';

const FIRST_IMAGE: VideoClockState = { frame: 0, timeMs: 0, playing: false };
const noSubscription = () => () => {};
const firstImage = () => FIRST_IMAGE;

/** A clock stepping through an image item's images, and a transport that plays nothing; null for other media. */
export function useImagePlayback(media: MediaInfo): {
  playback: VideoPlayback | null;
  clockState: VideoClockState;
} {
  const [playback, setPlayback] = useState<VideoPlayback | null>(null);
  const urls = media.kind === 'image' ? (media.images ?? []).map((image) => image.url) : null;
  const urlKey = urls?.join('\n') ?? null;
  const { num, den } = media.frameRate;
  useEffect(() => {
    if (urlKey === null) return;
    const clock = createImageClock(urlKey.split('\n'), { num, den });
    setPlayback({ clock, transport: createStillTransport() });
    return () => {
      clock.dispose();
      setPlayback(null);
    };
  }, [urlKey, num, den]);
  const clockState = useSyncExternalStore(
    playback?.clock.subscribe ?? noSubscription,
    playback?.clock.getState ?? firstImage,
  );
  return { playback, clockState };
}
