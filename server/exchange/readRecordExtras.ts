import * as Y from 'yjs';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import { sourceSchema } from '../../shared/schema/recordBase.ts';

/** The fields of a record that readLayer does not give: when it was made and by what. */
export interface RecordExtras {
  createdAt: number;
  source: string;
}

/** Reads those fields, normalised the way readLayer normalises the rest: malformed values read as defaults. */
export function readRecordExtras(doc: Y.Doc, recordId: string): RecordExtras {
  const record = objectsOf(doc).get(recordId);
  if (!(record instanceof Y.Map)) return { createdAt: 0, source: 'human' };
  const createdAt = record.get('createdAt');
  const source = sourceSchema.safeParse(record.get('source'));
  return {
    createdAt:
      typeof createdAt === 'number' && Number.isSafeInteger(createdAt) && createdAt >= 0
        ? createdAt
        : 0,
    source: source.success ? source.data : 'human',
  };
}
