import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { EntryChange } from './ChangeTally.ts';
import { readLogUntil } from './readLogUntil.ts';
import { recordChanges } from './recordChanges.ts';
import { replayLayerAt } from './replayLayerAt.ts';

/** One object change with the log entry it came from, before the author's name is looked up. */
export interface LoggedChange extends EntryChange {
  seq: number;
  atMs: number;
  userId: string | null;
}

/** What changed in a window of the log, in log order. */
export interface ChangesInWindow {
  changes: LoggedChange[];
  /** More changes were in the window than `maxChanges`; the list stops at a whole log entry. */
  truncated: boolean;
  skippedSeqs: number[];
}

/** The window to read and how much of it to return. */
export interface ChangeQuery {
  fromMs: number;
  toMs: number;
  /** Only changes to this object. */
  objectId: string | null;
  maxChanges: number;
}

/**
 * Per-object changes made by updates received after `fromMs` and by `toMs`, each decoded against
 * the layer as it stood just before it: the layer at `fromMs` is rebuilt, then every entry of the
 * window is applied to it in turn while its observers note what the entry touched.
 */
export async function objectChangesBetween(
  store: Pick<DocumentStore, 'readLog' | 'checkpointAsOf'>,
  documentName: string,
  query: ChangeQuery,
): Promise<ChangesInWindow> {
  const before = await replayLayerAt(store, documentName, query.fromMs);
  const skippedSeqs = [...before.skippedSeqs];
  const changes: LoggedChange[] = [];
  try {
    const window = await readLogUntil(store, documentName, before.throughSeq, query.toMs);
    for (const entry of window) {
      if (changes.length >= query.maxChanges) return { changes, truncated: true, skippedSeqs };
      let touched: EntryChange[];
      try {
        touched = recordChanges(before.doc, entry.update);
      } catch {
        skippedSeqs.push(entry.seq);
        continue;
      }
      for (const change of touched) {
        if (query.objectId !== null && change.objectId !== query.objectId) continue;
        changes.push({ ...change, seq: entry.seq, atMs: entry.receivedAtMs, userId: entry.userId });
      }
    }
    return { changes, truncated: false, skippedSeqs };
  } finally {
    before.doc.destroy();
  }
}
