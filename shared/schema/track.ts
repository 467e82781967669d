import { z } from 'zod';
import { encodeKeyframeBase } from '../doc/keyframeBase.ts';
import { planKeyframeBase } from '../doc/planKeyframeBase.ts';
import type { JsonObject, MigrationSequence } from '../migrations/MigrationSequence.ts';
import { keyframeSchema } from './keyframe.ts';
import { recordBaseShape } from './recordBase.ts';

export { MAX_FRAME_INDEX } from './keyframe.ts';

/**
 * A video object. Its keyframes are an immutable binary `keyframeBase` (written by an import or by
 * migration, see shared/doc/keyframeBase.ts) under `keyframes`, an overlay of edits keyed by frame
 * index that wins over the base; a null overlay entry deletes the base keyframe at that frame.
 * Frames between keyframes interpolate.
 */
export const trackSchema = z.object({
  ...recordBaseShape,
  kind: z.literal('track'),
  keyframes: z.record(z.string().regex(/^(0|[1-9][0-9]{0,8})$/), keyframeSchema.nullable()),
  keyframeBase: z.instanceof(Uint8Array).optional(),
});

export type TrackRecord = z.infer<typeof trackSchema>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Moves every well-formed keyframe into an encoded base; what cannot move stays in `keyframes`. */
function addKeyframeBase(record: JsonObject): JsonObject {
  if (!isJsonObject(record.keyframes) || record.keyframeBase !== undefined) return record;
  const plan = planKeyframeBase(Object.entries(record.keyframes));
  if (plan.keyframes.length === 0) return record;
  const base = encodeKeyframeBase(plan.keyframes);
  if (!base.ok) throw new Error(base.error);
  const moved = new Set(plan.movedKeys);
  const overlay = Object.fromEntries(
    Object.entries(record.keyframes).filter(([key]) => !moved.has(key)),
  );
  return { ...record, keyframes: overlay, keyframeBase: base.value };
}

/** How stored tracks reach the current shape; the initial shape is version 0. */
export const trackMigrations: MigrationSequence = {
  recordType: 'track',
  migrations: [{ version: 1, name: 'AddKeyframeBase', up: addKeyframeBase }],
};
