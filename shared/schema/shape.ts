import { z } from 'zod';
import { recordBaseShape } from './recordBase.ts';

/** Geometries a shape holds; boxes are tracks (see track.ts), masks are mask records. */
export const SHAPE_GEOMETRIES = ['polygon', 'polyline', 'points', 'skeleton'] as const;

export type ShapeGeometry = (typeof SHAPE_GEOMETRIES)[number];

/** Most points one keyframe of a shape holds. */
export const MAX_SHAPE_POINTS = 2_000;

/** The fewest points a geometry needs to mean anything; fewer is reported by the reader. */
export const MIN_SHAPE_POINTS: Readonly<Record<ShapeGeometry, number>> = {
  polygon: 3,
  polyline: 2,
  points: 1,
  skeleton: 1,
};

/**
 * One keyframe of a shape: its points in media pixels as x, y pairs, one visibility flag per point
 * (keypoints a person marks as hidden), and whether the object is out of view.
 */
export const shapeKeyframeSchema = z.object({
  points: z
    .array(z.number().finite())
    .max(MAX_SHAPE_POINTS * 2)
    .refine((values) => values.length % 2 === 0, 'points must be x, y pairs'),
  visible: z.array(z.boolean()).max(MAX_SHAPE_POINTS).nullable(),
  outside: z.boolean(),
});

export type ShapeKeyframe = z.infer<typeof shapeKeyframeSchema>;

/**
 * A polygon, polyline, point set or keypoint skeleton, keyed by frame like a track's keyframes (on
 * an image it sits at frame 0, on an image set at its image's index); frames between keyframes
 * interpolate when both keyframes have the same number of points. A skeleton names its template
 * in the label schema.
 */
export const shapeSchema = z.object({
  ...recordBaseShape,
  kind: z.literal('shape'),
  geometry: z.enum(SHAPE_GEOMETRIES),
  skeletonId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .nullable(),
  keyframes: z.record(z.string().regex(/^(0|[1-9][0-9]{0,8})$/), shapeKeyframeSchema),
});

export type ShapeRecord = z.infer<typeof shapeSchema>;
