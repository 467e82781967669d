import type { z } from 'zod';
import type { Label } from '../../schema/labelSchema.ts';
import { labelSchema } from '../../schema/labelSchema.ts';
import type { Tier } from '../../schema/tier.ts';
import { tierSchema } from '../../schema/tier.ts';
import { ROOT_LABELS, ROOT_TIERS } from '../roots.ts';

/** One root of the schema document whose entries are edited one by one, with what to call them. */
export interface SchemaRoot<T extends { id: string }> {
  root: string;
  noun: string;
  schema: z.ZodType<T>;
}

/** The `labels` root: one JSON value per label, keyed by its id. */
export const LABELS_ROOT: SchemaRoot<Label> = {
  root: ROOT_LABELS,
  noun: 'label',
  schema: labelSchema,
};

/** The `tiers` root: one JSON value per tier, keyed by its id. */
export const TIERS_ROOT: SchemaRoot<Tier> = { root: ROOT_TIERS, noun: 'tier', schema: tierSchema };
