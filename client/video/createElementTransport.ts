import type { AudioTransport } from '../audio/createAudioTransport.ts';

/** Playback straight on the media element: the fallback when audio routing cannot start. */
export function createElementTransport(media: HTMLMediaElement): AudioTransport {
  let stopTimer: ReturnType<typeof setTimeout> | null = null;
  const clearStop = () => {
    if (stopTimer !== null) clearTimeout(stopTimer);
    stopTimer = null;
  };
  const transport: AudioTransport = {
    get rate() {
      return media.playbackRate;
    },
    play: async () => {
      clearStop();
      await media.play();
    },
    pause: () => {
      clearStop();
      media.pause();
    },
    toggle: async () => (media.paused ? transport.play() : transport.pause()),
    setRate: (rate) => {
      media.playbackRate = Math.min(2, Math.max(0.25, rate));
    },
    async playRange(startMs, endMs) {
      clearStop();
      media.currentTime = startMs / 1000;
      await media.play();
      await new Promise<void>((resolve) => {
        stopTimer = setTimeout(
          () => {
            media.pause();
            resolve();
          },
          (endMs - startMs) / media.playbackRate,
        );
      });
    },
    dispose: clearStop,
  };
  return transport;
}
