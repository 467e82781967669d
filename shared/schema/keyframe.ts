import { z } from 'zod';
import { boxSchema } from './box.ts';

/** One keyframe of a box track: the box at that frame and whether the object is out of view. */
export const keyframeSchema = z.object({
  box: boxSchema,
  outside: z.boolean(),
});

export type Keyframe = z.infer<typeof keyframeSchema>;
