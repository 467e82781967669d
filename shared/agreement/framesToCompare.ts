import type { LayerSnapshot } from '../doc/readLayer.ts';

/**
 * The frames on which layers' spatial annotations are compared: from the first keyframe of
 * anything they draw to the last keyframe of anything, within the media. Inside that range an
 * object holds its last keyframe, as the editor shows it, until a keyframe puts it out of view.
 */
export function framesToCompare(
  layers: readonly LayerSnapshot[],
  frameCount: number,
): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const snapshot of layers) {
    for (const object of [...snapshot.tracks, ...snapshot.shapes]) {
      const frames = object.keyframes.map((keyframe) => keyframe.frame);
      if (frames.length === 0) continue;
      first = Math.min(first, frames[0] as number);
      last = Math.max(last, frames.at(-1) as number);
    }
  }
  last = Math.min(last, frameCount - 1);
  return first <= last ? { first, last } : null;
}
