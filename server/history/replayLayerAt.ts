import * as Y from 'yjs';
import type { Checkpoint, DocumentStore, LogEntry } from '../storage/DocumentStore.ts';
import { readLogUntil } from './readLogUntil.ts';
import { snapshotCovers } from './snapshotCovers.ts';

/** A scratch copy of a layer as it stood at a moment; destroy `doc` when done with it. */
export interface ReplayedLayer {
  doc: Y.Doc;
  /** The last log entry included; 0 when the layer had none yet. */
  throughSeq: number;
  /** Entries that could not be applied (they stay in the log; loading skips them the same way). */
  skippedSeqs: number[];
}

function applyEntries(doc: Y.Doc, entries: readonly LogEntry[]): number[] {
  const skippedSeqs: number[] = [];
  doc.transact(() => {
    for (const entry of entries) {
      try {
        Y.applyUpdate(doc, entry.update);
      } catch {
        skippedSeqs.push(entry.seq);
      }
    }
  });
  return skippedSeqs;
}

function isCovered(snapshot: Y.Snapshot, entry: LogEntry): boolean {
  try {
    return snapshotCovers(snapshot, entry.update);
  } catch {
    // Unreadable: let replay try it and report it.
    return false;
  }
}

function replayOnCheckpoint(checkpoint: Checkpoint, entries: LogEntry[]): ReplayedLayer | null {
  const doc = new Y.Doc();
  let snapshot: Y.Snapshot;
  try {
    snapshot = Y.decodeSnapshot(checkpoint.snapshot);
    Y.applyUpdate(doc, checkpoint.state);
  } catch {
    doc.destroy();
    return null;
  }
  // Entries after the checkpoint's seq are applied unchecked: applying what it covers is harmless.
  const missing = entries.filter(
    (entry) => entry.seq > checkpoint.throughSeq || !isCovered(snapshot, entry),
  );
  const skippedSeqs = applyEntries(doc, missing);
  return { doc, throughSeq: entries.at(-1)?.seq ?? 0, skippedSeqs };
}

/**
 * Rebuilds a layer as it stood once every update received by `atMs` was applied. A checkpoint
 * saves applying what it covers only when it was built by then, so everything it covers had
 * arrived. Coverage is judged by its snapshot, never by seq: with several processes appending,
 * an entry below the checkpoint's seq can still be missing from it.
 */
export async function replayLayerAt(
  store: Pick<DocumentStore, 'readLog' | 'checkpointAsOf'>,
  documentName: string,
  atMs: number,
): Promise<ReplayedLayer> {
  const entries = await readLogUntil(store, documentName, 0, atMs);
  const checkpoint = await store.checkpointAsOf(documentName, atMs);
  const fromCheckpoint = checkpoint ? replayOnCheckpoint(checkpoint, entries) : null;
  if (fromCheckpoint) return fromCheckpoint;
  const doc = new Y.Doc();
  const skippedSeqs = applyEntries(doc, entries);
  return { doc, throughSeq: entries.at(-1)?.seq ?? 0, skippedSeqs };
}
