import * as Y from 'yjs';

type StoredStructs = Array<Y.Item | Y.GC>;

function rangeIsDeleted(
  structs: StoredStructs | undefined,
  clock: number,
  length: number,
): boolean {
  if (length === 0) return true;
  const last = structs?.at(-1);
  if (!structs || !last || last.id.clock + last.length < clock + length) return false;
  const end = clock + length;
  for (let index = Y.findIndexSS(structs, clock); index < structs.length; index += 1) {
    const struct = structs[index];
    if (!struct || struct.id.clock >= end) break;
    if (!struct.deleted) return false;
  }
  return true;
}

/**
 * True when applying `update` would change nothing: every struct is within the document's
 * state vector and every deletion is already deleted. Same answer as `Y.snapshotContainsUpdate`
 * on a snapshot of the document, without building that snapshot (a walk of every struct) per
 * message. Throws when the bytes do not decode as an update.
 */
export function documentContainsUpdate(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  for (const [client, deletions] of ds.clients) {
    const stored = doc.store.clients.get(client);
    if (!deletions.every((deletion) => rangeIsDeleted(stored, deletion.clock, deletion.len))) {
      return false;
    }
  }
  return true;
}
