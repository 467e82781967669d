import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from 'pino';
import type { LogEntry } from '../DocumentStore.ts';

/**
 * Inserts journalled entries under their seqs, in one transaction. An entry already stored under
 * its seq (a move cut short by a crash after its commit) is skipped; a different row under that
 * seq means another process wrote this log, so the entry is kept under a new seq instead.
 */
export function storeLogEntries(
  database: DatabaseSync,
  entries: readonly (LogEntry & { documentName: string })[],
  logger: Pick<Logger, 'warn'>,
): void {
  if (entries.length === 0) return;
  const selectAtSeq = database.prepare(
    'SELECT document_name, update_bytes FROM document_updates WHERE seq = ?',
  );
  const insert = database.prepare(
    `INSERT INTO document_updates (seq, document_name, update_bytes, user_id, connection_id, client_ids, received_at_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  database.exec('BEGIN IMMEDIATE');
  try {
    for (const entry of entries) {
      let seq: number | null = entry.seq;
      const stored = selectAtSeq.get(seq);
      if (stored) {
        const same =
          stored.document_name === entry.documentName &&
          Buffer.compare(stored.update_bytes as Uint8Array, entry.update) === 0;
        if (same) continue;
        logger.warn(
          { documentName: entry.documentName, seq },
          'another process wrote this log without REDIS_URL; the journalled entry gets a new seq',
        );
        seq = null;
      }
      insert.run(
        seq,
        entry.documentName,
        entry.update,
        entry.userId,
        entry.connectionId,
        JSON.stringify(entry.clientIds),
        Math.floor(entry.receivedAtMs),
      );
    }
    database.exec('COMMIT');
  } catch (error) {
    if (database.isTransaction) database.exec('ROLLBACK');
    throw error;
  }
}
