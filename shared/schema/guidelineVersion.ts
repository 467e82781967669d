import { z } from 'zod';
import type { MigrationSequence } from '../migrations/MigrationSequence.ts';
import { RECORD_ID_PATTERN } from './ids.ts';

/** A mark on a run of text, as ProseMirror's `Mark.toJSON` writes it. */
export interface GuidelineMarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node of the guidelines text, as ProseMirror's `Node.toJSON` writes it. */
export interface GuidelineNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: GuidelineNodeJson[];
  marks?: GuidelineMarkJson[];
  text?: string;
}

const markJsonSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** ProseMirror JSON of any node; the schema stays permissive, as the editor's own schema decides what it shows. */
export const guidelineNodeJsonSchema: z.ZodType<GuidelineNodeJson> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(guidelineNodeJsonSchema).optional(),
    marks: z.array(markJsonSchema).optional(),
    text: z.string().optional(),
  }),
);

/** The longest name a version may have, in characters. */
export const GUIDELINE_VERSION_NAME_MAX_LENGTH = 80;

/** A version's name: trimmed, never empty. */
export const guidelineVersionNameSchema = z
  .string()
  .trim()
  .min(1, 'a version needs a name, e.g. "Round 1"')
  .max(
    GUIDELINE_VERSION_NAME_MAX_LENGTH,
    `a version name has at most ${GUIDELINE_VERSION_NAME_MAX_LENGTH} characters`,
  );

/** The guidelines text as it stood when a trainer saved it under a name. */
export const guidelineVersionSchema = z.object({
  id: z.string().regex(RECORD_ID_PATTERN, 'must be 1–64 characters of A–Z, a–z, 0–9, _ or -'),
  name: guidelineVersionNameSchema,
  savedAtMs: z.number().int().nonnegative(),
  /** The id of the user who saved it. */
  savedBy: z.string().min(1).max(64),
  /** Their display name at the time, so the list reads without a lookup. */
  savedByName: z.string().max(200),
  /** ProseMirror JSON of the whole text (a `doc` node). */
  content: guidelineNodeJsonSchema,
});

export type GuidelineVersion = z.infer<typeof guidelineVersionSchema>;

/** How stored versions reach the current shape; the initial shape is version 0. */
export const guidelineVersionMigrations: MigrationSequence = {
  recordType: 'guidelineVersion',
  migrations: [],
};
