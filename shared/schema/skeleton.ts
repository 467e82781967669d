import { z } from 'zod';

const nameSchema = z.string().min(1).max(200);
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * A keypoint template from the label schema: named points in a fixed order and the edges drawn
 * between them. A skeleton shape stores one position and one visibility per point, in this order.
 */
export const skeletonSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    points: z
      .array(z.object({ id: idSchema, name: nameSchema }))
      .min(1)
      .max(200),
    /** Pairs of point indices joined by a line. */
    edges: z
      .array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]))
      .max(400),
  })
  .superRefine((skeleton, context) => {
    skeleton.edges.forEach(([from, to], index) => {
      if (from >= skeleton.points.length || to >= skeleton.points.length || from === to) {
        context.addIssue({
          code: 'custom',
          path: ['edges', index],
          message: `edge ${from}–${to} must join two different points of the ${skeleton.points.length}`,
        });
      }
    });
  });

export type Skeleton = z.infer<typeof skeletonSchema>;
