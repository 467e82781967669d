import { z } from 'zod';
import type { MigrationSequence } from '../migrations/MigrationSequence.ts';

/** Tier kinds: free segment labels, or the utterances a transcript's text blocks are bound to. */
export const TIER_KINDS = ['segments', 'transcript'] as const;

/** A named row of segments on the timeline, declared in the project's label schema. */
export const tierSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().min(1).max(200),
  kind: z.enum(TIER_KINDS),
  /** A child tier's segments must lie inside segments of its parent tier (ELAN's model). */
  parentId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .nullable()
    .optional(),
});

export type Tier = z.infer<typeof tierSchema>;
export type TierKind = Tier['kind'];

/** How stored tiers reach the current shape; the initial shape is version 0. */
export const tierMigrations: MigrationSequence = {
  recordType: 'tier',
  migrations: [],
};
