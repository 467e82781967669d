import { getContext, start } from 'tone';

const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;

/**
 * Browsers keep an audio context suspended until the user interacts with the page; this resumes
 * tone's context on the first gesture (or when the media starts playing). Returns the undo.
 */
export function resumeAudioOnGesture(
  media: HTMLMediaElement,
  target: EventTarget = window,
): () => void {
  const remove = () => {
    for (const type of GESTURES) target.removeEventListener(type, resume, true);
    media.removeEventListener('play', resume);
  };
  function resume() {
    if (getContext().state === 'running') {
      remove();
      return;
    }
    start().then(
      () => {
        if (getContext().state === 'running') remove();
      },
      // Not a gesture the browser accepts; the next one will try again.
      () => undefined,
    );
  }
  for (const type of GESTURES) target.addEventListener(type, resume, true);
  media.addEventListener('play', resume);
  return remove;
}
