import * as Y from 'yjs';
import type { AttributeValue } from '../schema/recordBase.ts';
import { attributeValueSchema } from '../schema/recordBase.ts';
import type { Violation } from './readLayer.ts';
import { FIELD_ATTRIBUTES } from './roots.ts';

/** A record's attribute values: `<attributeId>` for static ones, `<attributeId>@<frame>` per frame. */
export type AttributeValues = Readonly<Record<string, AttributeValue>>;

const NO_ATTRIBUTES: AttributeValues = Object.freeze({});
const KEY = /^[A-Za-z0-9_-]{1,64}(@(0|[1-9][0-9]{0,8}))?$/;

/** The valid attribute values of a record; malformed keys or values are reported and left out. */
export function readAttributes(
  recordId: string,
  record: Y.Map<unknown>,
  violations: Violation[],
): AttributeValues {
  const stored = record.get(FIELD_ATTRIBUTES);
  if (!(stored instanceof Y.Map) || stored.size === 0) return NO_ATTRIBUTES;
  const values: Record<string, AttributeValue> = {};
  for (const [key, value] of stored.entries()) {
    const parsed = attributeValueSchema.safeParse(value);
    if (KEY.test(key) && parsed.success) values[key] = parsed.data;
    else {
      violations.push({
        recordId,
        field: FIELD_ATTRIBUTES,
        message: `attribute ${JSON.stringify(key)} of ${recordId} is malformed; ignored`,
      });
    }
  }
  return values;
}

/** The key a per-frame attribute value is stored under. */
export function perFrameAttributeKey(attributeId: string, frame: number): string {
  return `${attributeId}@${frame}`;
}

/**
 * The value of an attribute at a frame: a per-frame value holds from the frame it was set at until
 * the next one; before any, or for a static attribute, the static value; undefined when unset.
 */
export function attributeAt(
  values: AttributeValues,
  attributeId: string,
  frame: number,
): AttributeValue | undefined {
  let bestFrame = -1;
  let best: AttributeValue | undefined;
  const prefix = `${attributeId}@`;
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith(prefix)) continue;
    const at = Number(key.slice(prefix.length));
    if (at <= frame && at > bestFrame) [bestFrame, best] = [at, value];
  }
  return bestFrame >= 0 ? best : values[attributeId];
}
