import * as Y from 'yjs';

type DeletedRange = { clock: number; len: number };

// The snapshot's ranges are sorted by clock and merged when adjacent (Yjs builds them that way).
function rangeDeleted(deleted: readonly DeletedRange[], clock: number, len: number): boolean {
  let low = 0;
  let high = deleted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = deleted[middle]!;
    if (clock < range.clock) high = middle - 1;
    else if (clock >= range.clock + range.len) low = middle + 1;
    else return clock + len <= range.clock + range.len;
  }
  return false;
}

/**
 * Whether a checkpoint's snapshot already holds everything an update carries: its structs by the
 * state vector, its deletions by the delete set. Unlike `Y.snapshotContainsUpdate`, which merges
 * the whole delete set for every update it is asked about, this costs one decode and a binary
 * search per deleted range. A wrong "no" only means an update is applied twice, which Yjs ignores.
 */
export function snapshotCovers(snapshot: Y.Snapshot, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if ((snapshot.sv.get(struct.id.client) ?? 0) < struct.id.clock + struct.length) return false;
  }
  for (const [client, ranges] of ds.clients) {
    const deleted = snapshot.ds.clients.get(client) ?? [];
    if (!ranges.every((range) => rangeDeleted(deleted, range.clock, range.len))) return false;
  }
  return true;
}
