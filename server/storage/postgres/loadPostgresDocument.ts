import type { StoredDocument } from '../DocumentStore.ts';
import { uncoveredEntries } from '../uncoveredEntries.ts';
import type { Queryable } from './documentRowsFromPostgres.ts';
import {
  CHECKPOINT_COLUMNS,
  LOG_COLUMNS,
  logEntryFromRow,
  MAYBE_UNCOVERED,
  NO_CHECKPOINT,
  storedCheckpointFromRow,
} from './documentRowsFromPostgres.ts';

/**
 * The newest checkpoint and the log entries it does not cover, in log order. The checkpoint is
 * read first: a checkpoint written in between only means this load replays a little more.
 */
export async function loadPostgresDocument(
  database: Queryable,
  documentName: string,
  options: { ignoreCheckpoints?: boolean } = {},
): Promise<StoredDocument> {
  const checkpoints = options.ignoreCheckpoints
    ? null
    : await database.query(
        `SELECT ${CHECKPOINT_COLUMNS} FROM document_checkpoints WHERE document_name = $1 ORDER BY id DESC LIMIT 1`,
        [documentName],
      );
  const newest = checkpoints?.rows[0] ? storedCheckpointFromRow(checkpoints.rows[0]) : null;
  const bounds = newest
    ? { throughSeq: newest.checkpoint.throughSeq, unseenFromXid: newest.unseenFromXid }
    : NO_CHECKPOINT;
  const { rows } = await database.query(
    `SELECT ${LOG_COLUMNS} FROM document_updates WHERE ${MAYBE_UNCOVERED} ORDER BY seq`,
    [documentName, bounds.throughSeq, bounds.unseenFromXid],
  );
  const entries = rows.map(logEntryFromRow);
  if (!newest) return { checkpoint: null, tail: entries };
  return { checkpoint: newest.checkpoint, tail: uncoveredEntries(newest.checkpoint, entries) };
}
