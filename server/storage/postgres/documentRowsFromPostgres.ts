import type pg from 'pg';
import type { Checkpoint, LogEntry } from '../DocumentStore.ts';

/** Anything that runs a query: the pool, or the one connection of a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

/** Column values as node-postgres returns them: BIGINT arrives as a string, BYTEA as a Buffer. */
type PostgresRow = Record<string, unknown>;

export const LOG_COLUMNS = 'seq, update_bytes, user_id, connection_id, client_ids, received_at_ms';

/**
 * Log entries a checkpoint may not cover ($2: its throughSeq, $3: its unseen_from_xid): after
 * its seq, or written by a transaction its snapshot could not see. The snapshot decides the rest.
 */
export const MAYBE_UNCOVERED = 'document_name = $1 AND (seq > $2 OR writer_xid >= $3::xid8)';

/** Coverage bounds of "no checkpoint": every entry may be uncovered. */
export const NO_CHECKPOINT = { throughSeq: 0, unseenFromXid: '0' };

export const CHECKPOINT_COLUMNS =
  'id, state, state_vector, snapshot, through_seq, unseen_from_xid::text AS unseen_from_xid, created_at_ms';

/** A checkpoint with the oldest transaction whose writes its read could not see. */
export interface StoredCheckpoint {
  checkpoint: Checkpoint;
  unseenFromXid: string;
}

/** A copy, so callers get a plain Uint8Array that does not share node-postgres's buffers. */
function bytesFromColumn(value: unknown): Uint8Array {
  return new Uint8Array(value as Buffer);
}

export function logEntryFromRow(row: PostgresRow): LogEntry {
  return {
    seq: Number(row.seq),
    update: bytesFromColumn(row.update_bytes),
    userId: row.user_id === null ? null : String(row.user_id),
    connectionId: row.connection_id === null ? null : String(row.connection_id),
    clientIds: (row.client_ids as string[]).map(Number),
    receivedAtMs: Number(row.received_at_ms),
  };
}

export function storedCheckpointFromRow(row: PostgresRow): StoredCheckpoint {
  return {
    checkpoint: {
      id: Number(row.id),
      state: bytesFromColumn(row.state),
      stateVector: bytesFromColumn(row.state_vector),
      snapshot: bytesFromColumn(row.snapshot),
      throughSeq: Number(row.through_seq),
      createdAtMs: Number(row.created_at_ms),
    },
    unseenFromXid: String(row.unseen_from_xid),
  };
}
