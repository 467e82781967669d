import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { DocumentStore, LogEntry, StoredDocument } from './DocumentStore.ts';

/** What replaying a stored document did, including what it had to leave out. */
export interface ReplayReport {
  usedCheckpoint: boolean;
  appliedEntries: number;
  skippedEntries: Array<{ seq: number; reason: string }>;
  /** Highest seq read from the log (or covered by the checkpoint); 0 for a new document. */
  throughSeq: number;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function applyEntries(doc: Y.Doc, tail: readonly LogEntry[], report: ReplayReport): void {
  for (const entry of tail) {
    try {
      Y.applyUpdate(doc, entry.update);
      report.appliedEntries += 1;
    } catch (error) {
      report.skippedEntries.push({ seq: entry.seq, reason: describeError(error) });
    }
    report.throughSeq = Math.max(report.throughSeq, entry.seq);
  }
}

/** Applies checkpoint and tail in one transaction, so a loaded document emits one update, not one per entry. */
function applyStored(
  doc: Y.Doc,
  stored: StoredDocument,
  origin: unknown,
): ReplayReport & { checkpointError: string | null } {
  const report = {
    usedCheckpoint: false,
    appliedEntries: 0,
    skippedEntries: [],
    throughSeq: 0,
    checkpointError: null as string | null,
  };
  doc.transact(() => {
    if (stored.checkpoint) {
      try {
        Y.applyUpdate(doc, stored.checkpoint.state);
        report.usedCheckpoint = true;
        report.throughSeq = stored.checkpoint.throughSeq;
      } catch (error) {
        report.checkpointError = describeError(error);
        return;
      }
    }
    applyEntries(doc, stored.tail, report);
  }, origin);
  return report;
}

/**
 * Loads a document's checkpoint and tail into `doc`. Nothing stored can make a document
 * unloadable: a log entry that cannot be applied is skipped and reported, a checkpoint that
 * cannot be applied is passed over for the whole log. Storage errors are thrown, so a failed
 * read never looks like an empty document.
 */
export async function replayStoredDocument(
  store: Pick<DocumentStore, 'load'>,
  documentName: string,
  doc: Y.Doc,
  logger: Pick<Logger, 'error'>,
  origin: unknown = null,
): Promise<ReplayReport> {
  const stored = await store.load(documentName);
  let report = applyStored(doc, stored, origin);
  if (report.checkpointError !== null) {
    logger.error(
      { documentName, checkpointId: stored.checkpoint?.id, reason: report.checkpointError },
      'stored checkpoint cannot be applied; replaying the whole update log instead',
    );
    report = applyStored(doc, await store.load(documentName, { ignoreCheckpoints: true }), origin);
  }
  for (const skipped of report.skippedEntries) {
    logger.error(
      { documentName, seq: skipped.seq, reason: skipped.reason },
      'update log entry cannot be applied; skipped (it stays in the log)',
    );
  }
  const { checkpointError: _checkpointError, ...result } = report;
  return result;
}
