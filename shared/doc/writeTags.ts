import * as Y from 'yjs';
import type { YRecord } from './layerRoots.ts';
import { objectsOf } from './layerRoots.ts';
import type { Author } from './writeRecordBase.ts';
import { writeRecordBase } from './writeRecordBase.ts';

/**
 * The record id of an item tag: one per label, so two people adding the same tag at once write the
 * same record rather than two.
 */
export function tagIdOf(labelId: string): string {
  return `tag-${labelId}`;
}

/** Tags the item with a label (an item-level classification); false when it already has that tag. */
export function addTag(doc: Y.Doc, labelId: string, author: Author, origin: unknown): boolean {
  const id = tagIdOf(labelId);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    throw new RangeError(`label ${labelId} has too long an id to tag an item with`);
  }
  if (objectsOf(doc).get(id) instanceof Y.Map) return false;
  doc.transact(() => {
    const record: YRecord = new Y.Map();
    objectsOf(doc).set(id, record);
    writeRecordBase(record, id, 'tag', labelId, author);
  }, origin);
  return true;
}
