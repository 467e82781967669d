import type { DatabaseSync, SQLOutputValue, StatementSync } from 'node:sqlite';
import type { Logger } from 'pino';
import { buildCheckpointState } from '../buildCheckpointState.ts';
import type { CheckpointPolicy, LogSinceCheckpoint } from '../CheckpointPolicy.ts';
import { checkpointIsDue, defaultCheckpointPolicy } from '../CheckpointPolicy.ts';
import type { CheckpointRetryPolicy } from '../CheckpointScheduler.ts';
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
import { migrateTables } from '../openDatabase.ts';
import { uncoveredEntries } from '../uncoveredEntries.ts';
import { documentTableMigrations } from './documentTableMigrations.ts';
import type { JournalPolicy } from './JournalledLog.ts';
import { JournalledLog } from './JournalledLog.ts';
import { adoptOrphanedJournals } from './adoptOrphanedJournals.ts';

type Row = Record<string, SQLOutputValue>;

function toLogEntry(row: Row): LogEntry {
  return {
    seq: Number(row.seq),
    update: row.update_bytes as Uint8Array,
    userId: row.user_id === null ? null : String(row.user_id),
    connectionId: row.connection_id === null ? null : String(row.connection_id),
    clientIds: JSON.parse(String(row.client_ids)) as number[],
    receivedAtMs: Number(row.received_at_ms),
  };
}

function toCheckpoint(row: Row): Checkpoint {
  return {
    id: Number(row.id),
    state: row.state as Uint8Array,
    stateVector: row.state_vector as Uint8Array,
    snapshot: row.snapshot as Uint8Array,
    throughSeq: Number(row.through_seq),
    createdAtMs: Number(row.created_at_ms),
  };
}

/** How a process that is the only writer of its database journals updates before batching them. */
export interface JournalOptions {
  /** Flush each append to the disk itself, to survive power loss (`SQLITE_SYNCHRONOUS=full`). */
  syncEachAppend: boolean;
  policy?: Partial<JournalPolicy>;
}

/**
 * DocumentStore on the embedded SQLite database, beside the MetaStore. With `journal`, appends go
 * through a JournalledLog (this process is the only writer); without, each append is one commit,
 * so that several processes can share the database.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly database: DatabaseSync;
  private readonly logger: Pick<Logger, 'error' | 'warn' | 'info'>;
  private readonly journalledLog: JournalledLog | null;
  private readonly policy: CheckpointPolicy;
  private readonly scheduler: CheckpointScheduler;
  private readonly sinceCheckpoint = new Map<string, LogSinceCheckpoint>();
  private readonly insertUpdate: StatementSync;
  private readonly selectNewestCheckpoint: StatementSync;
  private readonly selectLogAfter: StatementSync;

  constructor(
    database: DatabaseSync,
    options: {
      logger: Pick<Logger, 'error' | 'warn' | 'info'>;
      checkpoints?: Partial<CheckpointPolicy>;
      checkpointRetry?: Partial<CheckpointRetryPolicy>;
      /** Where journals live; those of stopped processes are moved into the log on opening. */
      journalDirectory?: string;
      /** Journal appends (needs `journalDirectory`); null commits each append on its own. */
      journal?: JournalOptions | null;
    },
  ) {
    this.database = database;
    this.logger = options.logger;
    this.policy = { ...defaultCheckpointPolicy, ...options.checkpoints };
    migrateTables(database, 'documents', documentTableMigrations);
    this.scheduler = new CheckpointScheduler(
      (name) => this.checkpoint(name),
      this.logger,
      options.checkpointRetry,
    );
    this.insertUpdate = database.prepare(
      `INSERT INTO document_updates (document_name, update_bytes, user_id, connection_id, client_ids, received_at_ms)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.selectNewestCheckpoint = database.prepare(
      'SELECT * FROM document_checkpoints WHERE document_name = ? ORDER BY id DESC LIMIT 1',
    );
    this.selectLogAfter = database.prepare(
      'SELECT * FROM document_updates WHERE document_name = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    if (options.journalDirectory) {
      adoptOrphanedJournals(database, options.journalDirectory, this.logger);
    }
    this.journalledLog =
      options.journal && options.journalDirectory
        ? new JournalledLog(database, {
            ...options.journal,
            directory: options.journalDirectory,
            logger: this.logger,
          })
        : null;
  }

  async appendUpdate(
    documentName: string,
    update: Uint8Array,
    origin: UpdateOrigin,
  ): Promise<number> {
    const seq = this.journalledLog
      ? this.journalledLog.append(documentName, update, origin)
      : Number(
          this.insertUpdate.run(
            documentName,
            update,
            origin.userId,
            origin.connectionId,
            JSON.stringify(origin.clientIds),
            Math.floor(origin.receivedAtMs),
          ).lastInsertRowid,
        );
    const since = this.logSinceCheckpoint(documentName);
    since.entries += 1;
    since.bytes += update.byteLength;
    if (checkpointIsDue(this.policy, since)) this.scheduler.schedule(documentName);
    return seq;
  }

  /** Moves journalled entries into the database now, for rows that must refer to them. */
  moveJournalToDatabase(): void {
    this.journalledLog?.moveToDatabase();
  }

  /** The document's log after `afterSeq`: stored rows, then those still in the journal. */
  private logAfter(documentName: string, afterSeq: number, limit = -1): LogEntry[] {
    const stored = this.selectLogAfter
      .all(documentName, afterSeq, limit)
      .map((entry) => toLogEntry(entry));
    if (!this.journalledLog || (limit >= 0 && stored.length >= limit)) return stored;
    const waiting = this.journalledLog
      .waitingFor(documentName)
      .filter((entry) => entry.seq > afterSeq);
    const entries = stored.concat(waiting);
    return limit >= 0 ? entries.slice(0, limit) : entries;
  }

  async load(
    documentName: string,
    options: { ignoreCheckpoints?: boolean } = {},
  ): Promise<StoredDocument> {
    const row = options.ignoreCheckpoints
      ? undefined
      : this.selectNewestCheckpoint.get(documentName);
    const checkpoint = row ? toCheckpoint(row) : null;
    const entries = this.logAfter(documentName, checkpoint?.throughSeq ?? 0);
    return { checkpoint, tail: checkpoint ? uncoveredEntries(checkpoint, entries) : entries };
  }

  async readLog(
    documentName: string,
    options: { afterSeq?: number; limit?: number } = {},
  ): Promise<LogEntry[]> {
    return this.logAfter(documentName, options.afterSeq ?? 0, options.limit ?? -1);
  }

  async checkpointAsOf(documentName: string, atMs: number): Promise<Checkpoint | null> {
    const row = this.database
      .prepare(
        'SELECT * FROM document_checkpoints WHERE document_name = ? AND created_at_ms <= ? ORDER BY id DESC LIMIT 1',
      )
      .get(documentName, Math.floor(atMs));
    return row ? toCheckpoint(row) : null;
  }

  async checkpoint(documentName: string): Promise<CheckpointOutcome> {
    if (this.countSinceCheckpoint(documentName).entries === 0) {
      return { written: false, reason: 'the newest checkpoint already covers the whole log' };
    }
    const built = await buildCheckpointState(this, documentName, this.logger);
    this.database
      .prepare(
        `INSERT INTO document_checkpoints (document_name, state, state_vector, snapshot, through_seq, created_at_ms)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        documentName,
        built.state,
        built.stateVector,
        built.snapshot,
        built.throughSeq,
        Date.now(),
      );
    this.dropOldCheckpoints(documentName);
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
    if (this.waitingAfter(documentName, 0).entries > 0) return true;
    const row = this.database
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM document_updates WHERE document_name = ?)
             OR EXISTS (SELECT 1 FROM document_checkpoints WHERE document_name = ?) AS found`,
      )
      .get(documentName, documentName);
    return Number(row?.found) === 1;
  }

  async stats(documentName: string): Promise<DocumentStats> {
    const log = this.database
      .prepare(
        'SELECT COUNT(*) AS entries, COALESCE(SUM(LENGTH(update_bytes)), 0) AS bytes FROM document_updates WHERE document_name = ?',
      )
      .get(documentName);
    const checkpoints = this.database
      .prepare('SELECT COUNT(*) AS count FROM document_checkpoints WHERE document_name = ?')
      .get(documentName);
    const newest = this.selectNewestCheckpoint.get(documentName);
    const since = this.countSinceCheckpoint(documentName);
    const waiting = this.waitingAfter(documentName, 0);
    return {
      logEntries: Number(log?.entries) + waiting.entries,
      logBytes: Number(log?.bytes) + waiting.bytes,
      checkpoints: Number(checkpoints?.count),
      newestCheckpoint: newest
        ? {
            throughSeq: Number(newest.through_seq),
            stateBytes: (newest.state as Uint8Array).byteLength,
            createdAtMs: Number(newest.created_at_ms),
          }
        : null,
      entriesSinceCheckpoint: since.entries,
      bytesSinceCheckpoint: since.bytes,
    };
  }

  async listDocumentNames(): Promise<string[]> {
    const stored = this.database
      .prepare(
        'SELECT document_name FROM document_updates UNION SELECT document_name FROM document_checkpoints',
      )
      .all()
      .map((row) => String(row.document_name));
    const waiting = this.journalledLog?.waitingDocumentNames() ?? [];
    return [...new Set([...stored, ...waiting])].sort();
  }

  /** Stops scheduling checkpoints and moves every journalled update into the database. */
  close(): void {
    this.scheduler.close();
    this.journalledLog?.close();
  }

  private waitingAfter(documentName: string, afterSeq: number): { entries: number; bytes: number } {
    let entries = 0;
    let bytes = 0;
    for (const entry of this.journalledLog?.waitingFor(documentName) ?? []) {
      if (entry.seq <= afterSeq) continue;
      entries += 1;
      bytes += entry.update.byteLength;
    }
    return { entries, bytes };
  }

  private logSinceCheckpoint(documentName: string): LogSinceCheckpoint {
    let since = this.sinceCheckpoint.get(documentName);
    if (!since) {
      since = this.countSinceCheckpoint(documentName);
      this.sinceCheckpoint.set(documentName, since);
    }
    return since;
  }

  private countSinceCheckpoint(documentName: string): LogSinceCheckpoint {
    const newest = this.database
      .prepare(
        'SELECT through_seq, LENGTH(state) AS state_bytes FROM document_checkpoints WHERE document_name = ? ORDER BY id DESC LIMIT 1',
      )
      .get(documentName);
    const log = this.database
      .prepare(
        'SELECT COUNT(*) AS entries, COALESCE(SUM(LENGTH(update_bytes)), 0) AS bytes FROM document_updates WHERE document_name = ? AND seq > ?',
      )
      .get(documentName, Number(newest?.through_seq ?? 0));
    const waiting = this.waitingAfter(documentName, Number(newest?.through_seq ?? 0));
    return {
      entries: Number(log?.entries ?? 0) + waiting.entries,
      bytes: Number(log?.bytes ?? 0) + waiting.bytes,
      checkpointBytes: Number(newest?.state_bytes ?? 0),
    };
  }

  private dropOldCheckpoints(documentName: string): void {
    this.database
      .prepare(
        `DELETE FROM document_checkpoints WHERE document_name = ? AND id NOT IN
           (SELECT id FROM document_checkpoints WHERE document_name = ? ORDER BY id DESC LIMIT ?)`,
      )
      .run(documentName, documentName, Math.max(1, this.policy.keepCheckpoints));
  }
}
