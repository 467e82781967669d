import { z } from 'zod';
import type { MigrationSequence } from '../migrations/MigrationSequence.ts';
import { keyframeSchema } from './keyframe.ts';
import { recordBaseShape } from './recordBase.ts';

/** Largest frame index a keyframe may sit at (24 h at 120 fps). */
export const MAX_FRAME_INDEX = 24 * 3600 * 120;

/** A video object: box keyframes keyed by frame index; frames between keyframes interpolate. */
export const trackSchema = z.object({
  ...recordBaseShape,
  kind: z.literal('track'),
  keyframes: z.record(z.string().regex(/^(0|[1-9][0-9]{0,8})$/), keyframeSchema),
});

export type TrackRecord = z.infer<typeof trackSchema>;

/** How stored tracks reach the current shape; the initial shape is version 0. */
export const trackMigrations: MigrationSequence = {
  recordType: 'track',
  migrations: [],
};
