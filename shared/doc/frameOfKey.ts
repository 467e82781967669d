import { MAX_FRAME_INDEX } from '../schema/keyframe.ts';

/** The frame index a keyframe map key names, or null when the key is not a canonical frame index. */
export function frameOfKey(key: string): number | null {
  const frame = Number(key);
  if (!Number.isInteger(frame) || frame < 0 || frame > MAX_FRAME_INDEX) return null;
  return String(frame) === key ? frame : null;
}
