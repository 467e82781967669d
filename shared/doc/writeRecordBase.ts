import * as Y from 'yjs';
import type { AttributeValue } from '../schema/recordBase.ts';
import type { YRecord } from './layerRoots.ts';
import { FIELD_ATTRIBUTES } from './roots.ts';

/** Who is writing and when: stamped on every record the write touches. */
export interface Author {
  userId: string;
  nowMs: number;
}

/** Writes the fields every record carries; `source` is `human` or `model.<name>`. */
export function writeRecordBase(
  record: YRecord,
  id: string,
  kind: string,
  labelId: string | null,
  author: Author,
  source = 'human',
): void {
  record.set('id', id);
  record.set('kind', kind);
  record.set('labelId', labelId);
  record.set('createdBy', author.userId);
  record.set('createdAt', Math.floor(author.nowMs));
  record.set('source', source);
  record.set('updatedBy', author.userId);
  // Nested types are created with the record: two lazy creations would race and one side's content is lost.
  record.set(FIELD_ATTRIBUTES, new Y.Map<AttributeValue>());
}
