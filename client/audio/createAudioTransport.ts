import { clampPlaybackRate } from './playbackRate.ts';
import { playableRange } from './rangeTiming.ts';
import { resumeAudioOnGesture } from './resumeAudioOnGesture.ts';
import { routeMediaThroughTone } from './routeMediaThroughTone.ts';
import type { RangeStop } from './scheduleRangeStop.ts';
import { scheduleRangeStop } from './scheduleRangeStop.ts';

/** Playback of one media element: play, pause, rate, and playing exactly one range. */
export interface AudioTransport {
  play(): Promise<void>;
  pause(): void;
  toggle(): Promise<void>;
  /** Sets the speed, 0.25–2, keeping the pitch. */
  setRate(rate: number): void;
  readonly rate: number;
  /** Seeks to startMs, plays, and stops exactly at endMs; resolves once it has stopped. */
  playRange(startMs: number, endMs: number): Promise<void>;
  dispose(): void;
}

function nextEvent(media: HTMLMediaElement, type: string): Promise<void> {
  return new Promise((resolve) => media.addEventListener(type, () => resolve(), { once: true }));
}

async function seekTo(media: HTMLMediaElement, ms: number): Promise<void> {
  if (media.readyState < HTMLMediaElement.HAVE_METADATA) await nextEvent(media, 'loadedmetadata');
  const seeked = nextEvent(media, 'seeked');
  media.currentTime = ms / 1000;
  await seeked;
}

async function startPlaying(media: HTMLMediaElement): Promise<void> {
  try {
    await media.play();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotAllowedError') {
      throw new Error(
        'the browser blocked playback until you interact with the page: click it, then press play',
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/** Routes the element's audio through tone and drives its playback. */
export function createAudioTransport(media: HTMLMediaElement): AudioTransport {
  const route = routeMediaThroughTone(media);
  const stopResuming = resumeAudioOnGesture(media);
  let rate = clampPlaybackRate(media.playbackRate);
  let range: RangeStop | null = null;
  // Bumped by every request, so a range still seeking gives way to whatever was asked for since.
  let request = 0;
  media.preservesPitch = true;

  const endRange = () => {
    request += 1;
    range?.cancel();
    range = null;
  };

  const transport: AudioTransport = {
    get rate() {
      return rate;
    },
    async play() {
      endRange();
      await startPlaying(media);
    },
    pause() {
      endRange();
      media.pause();
    },
    async toggle() {
      if (media.paused) await transport.play();
      else transport.pause();
    },
    setRate(next) {
      rate = clampPlaybackRate(next);
      media.preservesPitch = true;
      media.playbackRate = rate;
      range?.reschedule();
    },
    async playRange(startMs, endMs) {
      const playable = playableRange(startMs, endMs, media.duration * 1000);
      if (!playable.ok) throw new Error(playable.error);
      endRange();
      const ownRequest = request;
      media.pause();
      await seekTo(media, playable.value.startMs);
      if (ownRequest !== request) return;
      const stop = scheduleRangeStop({
        media,
        gain: route.gain,
        endMs: playable.value.endMs,
        rate: () => rate,
      });
      range = stop;
      await startPlaying(media).catch((error: unknown) => {
        stop.cancel();
        throw error;
      });
      await stop.finished;
      if (range === stop) range = null;
    },
    dispose() {
      endRange();
      stopResuming();
      route.dispose();
    },
  };
  media.playbackRate = rate;
  return transport;
}
