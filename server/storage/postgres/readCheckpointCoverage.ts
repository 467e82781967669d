import type { LogSinceCheckpoint } from '../CheckpointPolicy.ts';
import type { Queryable } from './documentRowsFromPostgres.ts';
import { MAYBE_UNCOVERED, NO_CHECKPOINT } from './documentRowsFromPostgres.ts';

/** What the newest checkpoint of a document covers, without reading its state. */
export interface CheckpointCoverage {
  throughSeq: number;
  unseenFromXid: string;
  stateBytes: number;
  createdAtMs: number;
}

/** The newest checkpoint's coverage and how much of the log it may not cover. */
export async function readCheckpointCoverage(
  database: Queryable,
  documentName: string,
): Promise<{ newest: CheckpointCoverage | null; since: LogSinceCheckpoint }> {
  const checkpoints = await database.query(
    `SELECT through_seq, unseen_from_xid::text AS unseen_from_xid, octet_length(state) AS state_bytes, created_at_ms
     FROM document_checkpoints WHERE document_name = $1 ORDER BY id DESC LIMIT 1`,
    [documentName],
  );
  const row = checkpoints.rows[0] as Record<string, string | number> | undefined;
  const newest = row
    ? {
        throughSeq: Number(row.through_seq),
        unseenFromXid: String(row.unseen_from_xid),
        stateBytes: Number(row.state_bytes),
        createdAtMs: Number(row.created_at_ms),
      }
    : null;
  const bounds = newest ?? NO_CHECKPOINT;
  const log = await database.query(
    `SELECT COUNT(*) AS entries, COALESCE(SUM(octet_length(update_bytes)), 0) AS bytes
     FROM document_updates WHERE ${MAYBE_UNCOVERED}`,
    [documentName, bounds.throughSeq, bounds.unseenFromXid],
  );
  const counts = log.rows[0] as { entries: string; bytes: string };
  return {
    newest,
    since: {
      entries: Number(counts.entries),
      bytes: Number(counts.bytes),
      checkpointBytes: newest?.stateBytes ?? 0,
    },
  };
}
