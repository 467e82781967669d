import { z } from 'zod';
import { MAX_FRAME_INDEX } from '../schema/keyframe.ts';
import { MAX_STROKE_RADIUS } from './rasterizeStroke.ts';
import { MAX_COORDINATE } from './subpixels.ts';

/** Most points one stroke or polygon may carry. */
export const MAX_OPERATION_POINTS = 20_000;

const pointsSchema = (minPoints: number) =>
  z
    .array(z.number().int().min(-MAX_COORDINATE).max(MAX_COORDINATE))
    .min(2 * minPoints)
    .max(2 * MAX_OPERATION_POINTS)
    .refine((values) => values.length % 2 === 0, 'points are x, y pairs');

const common = {
  /** `paint` sets the pixels the operation covers, `erase` clears them. */
  mode: z.enum(['paint', 'erase']),
  frame: z.number().int().min(0).max(MAX_FRAME_INDEX),
  /** Who made it and when: compaction folds only operations older than the undo horizon. */
  by: z.string().min(1).max(200),
  atMs: z.number().int().min(0),
};

/**
 * One operation of a mask's append-only list. Each carries its own result: a brush stroke as a
 * polyline with a radius, a polygon fill, or a region (flood fill, magic wand, a compacted prefix)
 * as row-order runs in COCO's counts text. Geometry is in quarter pixels.
 */
export const maskOperationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('stroke'),
    ...common,
    radius: z.number().int().min(1).max(MAX_STROKE_RADIUS),
    points: pointsSchema(1),
  }),
  z.object({ kind: z.literal('polygon'), ...common, points: pointsSchema(3) }),
  z.object({ kind: z.literal('region'), ...common, runs: z.string().max(64 * 1024 * 1024) }),
]);

export type MaskOperation = z.infer<typeof maskOperationSchema>;
