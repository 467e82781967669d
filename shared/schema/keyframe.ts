import { z } from 'zod';
import { boxSchema } from './box.ts';

/** Largest frame index a keyframe may sit at (24 h at 120 fps). */
export const MAX_FRAME_INDEX = 24 * 3600 * 120;

/** One keyframe of a box track: the box at that frame and whether the object is out of view. */
export const keyframeSchema = z.object({
  box: boxSchema,
  outside: z.boolean(),
});

export type Keyframe = z.infer<typeof keyframeSchema>;

/** A keyframe together with the frame index it sits at. */
export interface FramedKeyframe extends Keyframe {
  frame: number;
}
