import { z } from 'zod';
import type { MigrationSequence } from '../migrations/MigrationSequence.ts';
import { attributeSpecSchema } from './attributeSpec.ts';

/** A label a project offers: a name, a colour, an optional one-key hotkey and its attributes. */
export const labelSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().min(1).max(200),
  colour: z.string().regex(/^#[0-9a-f]{6}$/, 'must be a colour like #1f77b4'),
  hotkey: z
    .string()
    .regex(/^[a-z0-9]$/, 'must be one lowercase letter or digit')
    .nullable(),
  /** The keypoint template skeletons with this label are placed from; none when left out. */
  skeletonId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .nullable()
    .optional(),
  /**
   * IoU at or above which two annotators' shapes with this label count as the same object when
   * agreement is computed; DEFAULT_IOU_THRESHOLD (shared/agreement) when left out.
   */
  iouThreshold: z.number().min(0).max(1).optional(),
  /** Attributes objects with this label carry; none when left out. */
  attributes: z.array(attributeSpecSchema).max(64).optional(),
});

export type Label = z.infer<typeof labelSchema>;

/** How stored labels reach the current shape; the initial shape is version 0. */
export const labelMigrations: MigrationSequence = {
  recordType: 'label',
  migrations: [],
};
