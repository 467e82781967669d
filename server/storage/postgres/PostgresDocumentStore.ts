import type pg from 'pg';
import type { Logger } from 'pino';
import type { CheckpointPolicy, LogSinceCheckpoint } from '../CheckpointPolicy.ts';
import { checkpointIsDue, defaultCheckpointPolicy } from '../CheckpointPolicy.ts';
import { CheckpointScheduler } from '../CheckpointScheduler.ts';
import type {
  Checkpoint,
  CheckpointOutcome,
  DocumentStats,
  DocumentStore,
  LogEntry,
  StoredDocument,
  UpdateOrigin,
} from '../DocumentStore.ts';
import { buildPostgresCheckpointState } from './buildPostgresCheckpointState.ts';
import {
  CHECKPOINT_COLUMNS,
  LOG_COLUMNS,
  logEntryFromRow,
  storedCheckpointFromRow,
} from './documentRowsFromPostgres.ts';
import { documentTableMigrations } from './documentTableMigrations.ts';
import { loadPostgresDocument } from './loadPostgresDocument.ts';
import { migratePostgresTables } from './migratePostgresTables.ts';
import { PostgresAppendQueue } from './PostgresAppendQueue.ts';
import { readCheckpointCoverage } from './readCheckpointCoverage.ts';

type DocumentStoreOptions = {
  logger: Pick<Logger, 'error'>;
  checkpoints?: Partial<CheckpointPolicy>;
};

/**
 * DocumentStore on PostgreSQL, shared by every process serving the same database. An append
 * resolves once the statement carrying it has committed. Checkpoints are read in one
 * repeatable-read snapshot and remember the oldest transaction that snapshot could not see, so an
 * entry that commits after a checkpoint read past its seq is still in the tail.
 */
export class PostgresDocumentStore implements DocumentStore {
  private readonly pool: pg.Pool;
  private readonly logger: Pick<Logger, 'error'>;
  private readonly policy: CheckpointPolicy;
  private readonly scheduler: CheckpointScheduler;
  private readonly appends: PostgresAppendQueue;
  /** What this process appended since the newest checkpoint it knows of; other processes add more. */
  private readonly sinceCheckpoint = new Map<string, LogSinceCheckpoint>();

  /** Prepares the tables (once per database) and returns the store. */
  static async open(pool: pg.Pool, options: DocumentStoreOptions): Promise<PostgresDocumentStore> {
    await migratePostgresTables(pool, 'documents', documentTableMigrations);
    return new PostgresDocumentStore(pool, options);
  }

  private constructor(pool: pg.Pool, options: DocumentStoreOptions) {
    this.pool = pool;
    this.logger = options.logger;
    this.policy = { ...defaultCheckpointPolicy, ...options.checkpoints };
    this.appends = new PostgresAppendQueue(pool);
    this.scheduler = new CheckpointScheduler((name) => this.checkpointIfDue(name), this.logger);
  }

  async appendUpdate(
    documentName: string,
    update: Uint8Array,
    origin: UpdateOrigin,
  ): Promise<number> {
    const seq = await this.appends.append(documentName, update, origin);
    this.noteAppended(documentName, update.byteLength);
    return seq;
  }

  load(
    documentName: string,
    options: { ignoreCheckpoints?: boolean } = {},
  ): Promise<StoredDocument> {
    return loadPostgresDocument(this.pool, documentName, options);
  }

  async readLog(
    documentName: string,
    options: { afterSeq?: number; limit?: number } = {},
  ): Promise<LogEntry[]> {
    const { rows } = await this.pool.query(
      `SELECT ${LOG_COLUMNS} FROM document_updates WHERE document_name = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [documentName, options.afterSeq ?? 0, options.limit ?? null],
    );
    return rows.map(logEntryFromRow);
  }

  async checkpointAsOf(documentName: string, atMs: number): Promise<Checkpoint | null> {
    const { rows } = await this.pool.query(
      `SELECT ${CHECKPOINT_COLUMNS} FROM document_checkpoints WHERE document_name = $1 AND created_at_ms <= $2 ORDER BY id DESC LIMIT 1`,
      [documentName, Math.floor(atMs)],
    );
    return rows[0] ? storedCheckpointFromRow(rows[0]).checkpoint : null;
  }

  async checkpoint(documentName: string): Promise<CheckpointOutcome> {
    const built = await buildPostgresCheckpointState(this.pool, documentName, this.logger);
    if (!built)
      return { written: false, reason: 'the newest checkpoint already covers the whole log' };
    await this.pool.query(
      `INSERT INTO document_checkpoints (document_name, state, state_vector, snapshot, through_seq, unseen_from_xid, created_at_ms)
       VALUES ($1, $2, $3, $4, $5, $6::xid8, $7)`,
      [
        ...[documentName, built.state, built.stateVector, built.snapshot],
        ...[built.throughSeq, built.unseenFromXid, Date.now()],
      ],
    );
    await this.pool.query(
      `DELETE FROM document_checkpoints WHERE document_name = $1 AND id NOT IN
         (SELECT id FROM document_checkpoints WHERE document_name = $1 ORDER BY id DESC LIMIT $2)`,
      [documentName, Math.max(1, this.policy.keepCheckpoints)],
    );
    this.sinceCheckpoint.delete(documentName);
    return {
      written: true,
      throughSeq: built.throughSeq,
      stateBytes: built.state.byteLength,
      skippedEntries: built.skippedEntries,
    };
  }

  flushCheckpoints(): Promise<void> {
    return this.scheduler.flush();
  }

  async hasDocument(documentName: string): Promise<boolean> {
    const { rows } = await this.pool.query(
      `SELECT EXISTS (SELECT 1 FROM document_updates WHERE document_name = $1)
           OR EXISTS (SELECT 1 FROM document_checkpoints WHERE document_name = $1) AS found`,
      [documentName],
    );
    return (rows[0] as { found: boolean }).found;
  }

  async stats(documentName: string): Promise<DocumentStats> {
    const { rows } = await this.pool.query(
      `SELECT (SELECT COUNT(*) FROM document_updates WHERE document_name = $1) AS entries,
              (SELECT COALESCE(SUM(octet_length(update_bytes)), 0) FROM document_updates WHERE document_name = $1) AS bytes,
              (SELECT COUNT(*) FROM document_checkpoints WHERE document_name = $1) AS checkpoints`,
      [documentName],
    );
    const totals = rows[0] as { entries: string; bytes: string; checkpoints: string };
    const { newest, since } = await readCheckpointCoverage(this.pool, documentName);
    return {
      logEntries: Number(totals.entries),
      logBytes: Number(totals.bytes),
      checkpoints: Number(totals.checkpoints),
      newestCheckpoint: newest
        ? {
            throughSeq: newest.throughSeq,
            stateBytes: newest.stateBytes,
            createdAtMs: newest.createdAtMs,
          }
        : null,
      entriesSinceCheckpoint: since.entries,
      bytesSinceCheckpoint: since.bytes,
    };
  }

  async listDocumentNames(): Promise<string[]> {
    const { rows } = await this.pool.query(
      `SELECT name FROM (SELECT document_name AS name FROM document_updates
                         UNION SELECT document_name FROM document_checkpoints) AS names
       ORDER BY name COLLATE "C"`,
    );
    return rows.map((row: { name: string }) => row.name);
  }

  close(): void {
    this.scheduler.close();
  }

  private noteAppended(documentName: string, bytes: number): void {
    const since = this.sinceCheckpoint.get(documentName);
    if (!since) {
      // First append here: the scheduled job asks the database how much is uncovered.
      this.sinceCheckpoint.set(documentName, { entries: 1, bytes, checkpointBytes: 0 });
      this.scheduler.schedule(documentName);
      return;
    }
    since.entries += 1;
    since.bytes += bytes;
    if (checkpointIsDue(this.policy, since)) this.scheduler.schedule(documentName);
  }

  /** Counts again before building, since other processes append and checkpoint too. */
  private async checkpointIfDue(documentName: string): Promise<CheckpointOutcome> {
    const { since } = await readCheckpointCoverage(this.pool, documentName);
    if (checkpointIsDue(this.policy, since)) return this.checkpoint(documentName);
    this.sinceCheckpoint.set(documentName, since);
    return { written: false, reason: 'the log has not grown enough since the newest checkpoint' };
  }
}
