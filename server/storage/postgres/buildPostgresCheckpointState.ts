import type pg from 'pg';
import type { Logger } from 'pino';
import type { CheckpointState } from '../buildCheckpointState.ts';
import { buildCheckpointState } from '../buildCheckpointState.ts';
import { loadPostgresDocument } from './loadPostgresDocument.ts';
import { readCheckpointCoverage } from './readCheckpointCoverage.ts';
import { withPostgresTransaction } from './withPostgresTransaction.ts';

/** A checkpoint ready to store, with the oldest transaction whose writes its read could not see. */
export interface PostgresCheckpointState extends CheckpointState {
  unseenFromXid: string;
}

/**
 * Builds a checkpoint from one repeatable-read snapshot of what is stored; null when the newest
 * checkpoint already covers the whole log. Every transaction still running when the snapshot
 * was taken has an id at or above the snapshot's xmin, so that xmin is what the checkpoint keeps.
 */
export function buildPostgresCheckpointState(
  pool: pg.Pool,
  documentName: string,
  logger: Pick<Logger, 'error'>,
): Promise<PostgresCheckpointState | null> {
  return withPostgresTransaction(
    pool,
    async (client) => {
      const { rows } = await client.query(
        'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS unseen_from_xid',
      );
      const unseenFromXid = String((rows[0] as { unseen_from_xid: string }).unseen_from_xid);
      const { since } = await readCheckpointCoverage(client, documentName);
      if (since.entries === 0) return null;
      const snapshotStore = {
        load: (name: string, options?: { ignoreCheckpoints?: boolean }) =>
          loadPostgresDocument(client, name, options),
      };
      const built = await buildCheckpointState(snapshotStore, documentName, logger);
      return { ...built, unseenFromXid };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}
