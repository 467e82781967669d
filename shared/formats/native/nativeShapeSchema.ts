import { z } from 'zod';
import { shapeKeyframeSchema, shapeSchema } from '../../schema/shape.ts';
import { nativeAttributesSchema, nativeFrameSchema } from './nativeRecordBase.ts';

/** One keyframe of a shape with the frame it sits at: points as flat x, y pairs in media pixels. */
export const nativeShapeKeyframeSchema = z.object({
  frame: nativeFrameSchema,
  ...shapeKeyframeSchema.shape,
});

/**
 * A polygon, polyline, point set or skeleton as the file holds it: its keyframes as a list, in
 * frame order when Concord wrote it.
 */
export const nativeShapeSchema = shapeSchema.extend({
  attributes: nativeAttributesSchema,
  keyframes: z.array(nativeShapeKeyframeSchema),
});

export type NativeShape = z.infer<typeof nativeShapeSchema>;
export type NativeShapeKeyframe = z.infer<typeof nativeShapeKeyframeSchema>;
