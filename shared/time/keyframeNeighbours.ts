import { lastIndexAtOrBefore } from './lastIndexAtOrBefore.ts';

/** The keyframes either side of a frame, for "previous/next keyframe" navigation; null where there is none. */
export interface KeyframeNeighbours {
  previous: number | null;
  next: number | null;
}

/** Finds the nearest keyframe strictly before and strictly after `frame` in keyframes sorted by frame. */
export function keyframeNeighbours(
  keyframes: readonly { frame: number }[],
  frame: number,
): KeyframeNeighbours {
  const atOrBefore = lastIndexAtOrBefore(keyframes, frame);
  const previousIndex = keyframes[atOrBefore]?.frame === frame ? atOrBefore - 1 : atOrBefore;
  return {
    previous: keyframes[previousIndex]?.frame ?? null,
    next: keyframes[atOrBefore + 1]?.frame ?? null,
  };
}
