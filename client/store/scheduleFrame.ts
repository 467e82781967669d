/** Runs a callback once, soon; returns a function that cancels it. */
export type FrameScheduler = (callback: () => void) => () => void;

// Background tabs stop animation frames; the timer keeps a hidden tab's snapshot current anyway.
const HIDDEN_TAB_FALLBACK_MS = 100;
const NO_ANIMATION_FRAME_MS = 16;

/** Runs the callback on the next animation frame, or after a short timer where frames do not come. */
export const scheduleFrame: FrameScheduler = (callback) => {
  let frameHandle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (frameHandle !== null) cancelAnimationFrame(frameHandle);
    if (timer !== null) clearTimeout(timer);
    frameHandle = null;
    timer = null;
  };
  const run = () => {
    cancel();
    callback();
  };
  if (typeof requestAnimationFrame === 'function') frameHandle = requestAnimationFrame(run);
  timer = setTimeout(run, frameHandle === null ? NO_ANIMATION_FRAME_MS : HIDDEN_TAB_FALLBACK_MS);
  return cancel;
};
