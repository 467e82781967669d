import { z } from 'zod';
import type { MigrationSequence } from '../migrations/MigrationSequence.ts';
import { recordBaseShape } from './recordBase.ts';

/** A time range on a tier in integer milliseconds of media time; utterances are segments on a transcript tier. */
export const segmentSchema = z.object({
  ...recordBaseShape,
  kind: z.literal('segment'),
  tierId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  startMs: z.number().int().nonnegative(),
  endMs: z.number().int().nonnegative(),
  speaker: z.string().max(200).nullable(),
  value: z.string().max(10_000).nullable(),
});

export type SegmentRecord = z.infer<typeof segmentSchema>;

/** How stored segments reach the current shape; the initial shape is version 0. */
export const segmentMigrations: MigrationSequence = {
  recordType: 'segment',
  migrations: [],
};
