import * as Y from 'yjs';
import type { YRecord } from '../../shared/doc/layerRoots.ts';
import { objectsOf } from '../../shared/doc/layerRoots.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/** Record kinds the editor's commands act on. */
export type RecordKind = 'track' | 'segment' | 'mask' | 'shape';

/** The stored record of that kind, or a message saying why it cannot be edited. */
export function findRecord(doc: Y.Doc, recordId: string, kind: RecordKind): Result<YRecord> {
  const record = objectsOf(doc).get(recordId);
  if (!(record instanceof Y.Map)) {
    return fail(`${kind} ${recordId} no longer exists: someone may have deleted it`);
  }
  const storedKind = record.get('kind');
  if (storedKind !== kind) {
    return fail(`object ${recordId} is a ${String(storedKind)}, not a ${kind}`);
  }
  return ok(record);
}
