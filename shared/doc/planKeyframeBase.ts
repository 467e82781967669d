import type { FramedKeyframe } from '../schema/keyframe.ts';
import { keyframeSchema } from '../schema/keyframe.ts';
import { frameOfKey } from './frameOfKey.ts';

/** Which stored keyframe entries a base can hold, and their keys. */
export interface KeyframeBasePlan {
  /** Sorted by frame. */
  keyframes: FramedKeyframe[];
  movedKeys: string[];
}

/** True when the value holds nothing beyond a box and `outside`, so the base loses no field of it. */
function hasOnlyKnownFields(value: object, box: object): boolean {
  return Object.keys(value).length === 2 && Object.keys(box).length === 4;
}

/**
 * Picks the entries of a keyframe map that move into a base: canonical frame keys whose values are
 * well-formed keyframes with no unknown field. Everything else stays where it is, so reading the
 * track gives the same keyframes and the same violations after the move as before it.
 */
export function planKeyframeBase(entries: Iterable<[string, unknown]>): KeyframeBasePlan {
  const moved: Array<{ key: string; keyframe: FramedKeyframe }> = [];
  for (const [key, value] of entries) {
    const frame = frameOfKey(key);
    if (frame === null || value === null || typeof value !== 'object') continue;
    const parsed = keyframeSchema.safeParse(value);
    if (!parsed.success || !hasOnlyKnownFields(value, (value as { box: object }).box)) continue;
    moved.push({ key, keyframe: { frame, box: parsed.data.box, outside: parsed.data.outside } });
  }
  moved.sort((left, right) => left.keyframe.frame - right.keyframe.frame);
  return {
    keyframes: moved.map((entry) => entry.keyframe),
    movedKeys: moved.map((entry) => entry.key),
  };
}
