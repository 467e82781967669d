import * as Y from 'yjs';
import type { AttributeValue } from '../schema/recordBase.ts';
import { attributeValueSchema } from '../schema/recordBase.ts';
import { objectsOf } from './layerRoots.ts';
import { perFrameAttributeKey } from './readAttributes.ts';
import { FIELD_ATTRIBUTES } from './roots.ts';
import type { Author } from './writeRecordBase.ts';

/**
 * Sets one attribute of a record (each value last-writer-wins on its own), for the whole object or,
 * with a frame, from that frame on; undefined clears it. False when the record has no attribute map.
 */
export function setAttribute(
  doc: Y.Doc,
  recordId: string,
  attribute: { id: string; frame: number | null },
  value: AttributeValue | undefined,
  author: Author,
  origin: unknown,
): boolean {
  const record = objectsOf(doc).get(recordId);
  const attributes = record instanceof Y.Map ? record.get(FIELD_ATTRIBUTES) : undefined;
  if (!(record instanceof Y.Map) || !(attributes instanceof Y.Map)) return false;
  if (value !== undefined) attributeValueSchema.parse(value);
  const key =
    attribute.frame === null ? attribute.id : perFrameAttributeKey(attribute.id, attribute.frame);
  doc.transact(() => {
    if (value === undefined) attributes.delete(key);
    else attributes.set(key, Array.isArray(value) ? [...value] : value);
    record.set('updatedBy', author.userId);
  }, origin);
  return true;
}
