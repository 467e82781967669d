import type { AudioTransport } from '../audio/createAudioTransport.ts';

const STILL_MESSAGE = 'images do not play: step between them with ← and →';

/** The transport of an image item: there is nothing to play, so toggling does nothing and playing says why. */
export function createStillTransport(): AudioTransport {
  return {
    rate: 1,
    play: () => Promise.reject(new Error(STILL_MESSAGE)),
    pause: () => {},
    toggle: () => Promise.resolve(),
    setRate: () => {},
    playRange: () => Promise.reject(new Error(STILL_MESSAGE)),
    dispose: () => {},
  };
}
