import { useEffect, useRef } from 'react';
import { isTypingTarget } from './isTypingTarget.ts';

/** What the review page's keys do. */
export interface ReviewHotkeyActions {
  /** J: the next disagreement of the list; K: the one before. */
  step: (delta: 1 | -1) => void;
  /** Space: play or pause. */
  togglePlay: () => void;
  /** Left and right arrows: a frame back or forward. */
  stepFrames: (delta: number) => void;
}

/** J/K through the disagreements, Space to play, arrows to step frames; ignored while typing. */
export function useReviewHotkeys(actions: ReviewHotkeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A prevented key was taken by the stage (Space over it pans, and plays on release).
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const { step, togglePlay, stepFrames } = latest.current;
      const keys: Record<string, () => void> = {
        j: () => step(1),
        k: () => step(-1),
        ' ': togglePlay,
        ArrowLeft: () => stepFrames(-1),
        ArrowRight: () => stepFrames(1),
      };
      const action = keys[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
