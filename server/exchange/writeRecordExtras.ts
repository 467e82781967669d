import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { FIELD_ATTRIBUTES } from '../../shared/doc/roots.ts';
import type { NativeRecord } from '../../shared/formats/native/nativeItemSchema.ts';

/**
 * Sets the fields of a just-created record that the shared writers stamp from the writing author
 * (who last changed it, where it came from) and fills its attributes. Call inside the transaction
 * that created it.
 */
export function writeRecordExtras(doc: Y.Doc, record: NativeRecord): void {
  const stored = objectsOf(doc).get(record.id);
  if (!(stored instanceof Y.Map)) {
    throw new Error(`record ${record.id} was not created, so its fields cannot be set`);
  }
  if (stored.get('source') !== record.source) stored.set('source', record.source);
  if (stored.get('updatedBy') !== record.updatedBy) stored.set('updatedBy', record.updatedBy);
  const attributes = stored.get(FIELD_ATTRIBUTES);
  if (!(attributes instanceof Y.Map)) {
    throw new Error(`record ${record.id} was created without its attributes map`);
  }
  for (const [name, value] of Object.entries(record.attributes)) attributes.set(name, value);
}
