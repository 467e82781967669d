import * as Y from 'yjs';
import type { Checkpoint, LogEntry } from './DocumentStore.ts';

/**
 * The entries a checkpoint's snapshot does not contain, in order. Coverage is decided by the
 * snapshot (state vector and delete set), never by position in the log; an entry that cannot
 * be read stays in, for replay to judge.
 */
export function uncoveredEntries(checkpoint: Checkpoint, entries: LogEntry[]): LogEntry[] {
  let snapshot: Y.Snapshot;
  try {
    snapshot = Y.decodeSnapshot(checkpoint.snapshot);
  } catch {
    return entries;
  }
  return entries.filter((entry) => {
    try {
      return !Y.snapshotContainsUpdate(snapshot, entry.update);
    } catch {
      return true;
    }
  });
}
