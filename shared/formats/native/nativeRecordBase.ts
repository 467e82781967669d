import { z } from 'zod';
import { MAX_FRAME_INDEX } from '../../schema/keyframe.ts';
import { attributeValueSchema, recordBaseShape } from '../../schema/recordBase.ts';

/** A frame index as a number in the file. */
export const nativeFrameSchema = z.number().int().min(0).max(MAX_FRAME_INDEX);

// The keys readAttributes (shared/doc) accepts: `<attributeId>` or `<attributeId>@<frame>`.
const ATTRIBUTE_KEY = /^[A-Za-z0-9_-]{1,64}(@(0|[1-9][0-9]{0,8}))?$/;

/** The frame a per-frame attribute key names (`colour@12` → 12); null for a static or malformed key. */
export function frameOfAttributeKey(key: string): number | null {
  const frame = ATTRIBUTE_KEY.exec(key)?.[2];
  return frame === undefined ? null : Number(frame);
}

/**
 * A record's attributes as the layer stores them: static values under the attribute's id, values
 * that hold from a frame on under `<attributeId>@<frame>`.
 */
export const nativeAttributesSchema = z.record(
  z
    .string()
    .regex(ATTRIBUTE_KEY, 'is not an attribute id, nor an attribute id and a frame like colour@12')
    .refine(
      (key) => (frameOfAttributeKey(key) ?? 0) <= MAX_FRAME_INDEX,
      `names a frame past the largest frame index ${MAX_FRAME_INDEX}`,
    ),
  attributeValueSchema,
);

/** The fields every record of a native file carries. */
export const nativeRecordBaseShape = { ...recordBaseShape, attributes: nativeAttributesSchema };
