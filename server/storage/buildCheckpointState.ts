import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Checkpoint, DocumentStore } from './DocumentStore.ts';
import { replayStoredDocument } from './replayStoredDocument.ts';

/** A checkpoint ready to store, and how many log entries had to be left out of it. */
export interface CheckpointState extends Pick<
  Checkpoint,
  'state' | 'stateVector' | 'snapshot' | 'throughSeq'
> {
  skippedEntries: number;
}

/** Builds a checkpoint from what is stored (the previous checkpoint and the log after it), not from memory. */
export async function buildCheckpointState(
  store: Pick<DocumentStore, 'load'>,
  documentName: string,
  logger: Pick<Logger, 'error'>,
): Promise<CheckpointState> {
  const doc = new Y.Doc();
  try {
    const report = await replayStoredDocument(store, documentName, doc, logger);
    return {
      state: Y.encodeStateAsUpdate(doc),
      stateVector: Y.encodeStateVector(doc),
      snapshot: Y.encodeSnapshot(Y.snapshot(doc)),
      throughSeq: report.throughSeq,
      skippedEntries: report.skippedEntries.length,
    };
  } finally {
    doc.destroy();
  }
}
