import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from 'pino';
import type { LogEntry, UpdateOrigin } from '../DocumentStore.ts';
import { journalsOpenHere } from './findOrphanedJournals.ts';
import { storeLogEntries } from './storeLogEntries.ts';
import { UpdateJournal } from './UpdateJournal.ts';

/** When journalled entries move into the database, and how much may wait when it refuses them. */
export interface JournalPolicy {
  /** Move once this many entries wait. @default 1024 */
  moveAfterEntries: number;
  /** Move once this many update bytes wait. @default 256 KiB */
  moveAfterBytes: number;
  /** Move entries that have waited this long, however few. @default 2 s */
  moveAfterMs: number;
  /** While the database refuses them, refuse appends that would make more than this many bytes wait. @default 64 MiB */
  maxWaitingBytes: number;
}

export const defaultJournalPolicy: JournalPolicy = {
  moveAfterEntries: 1024,
  moveAfterBytes: 256 * 1024,
  moveAfterMs: 2_000,
  maxWaitingBytes: 64 * 1024 * 1024,
};

const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 30_000;

type JournalledEntry = LogEntry & { documentName: string };

/**
 * The SQLite update log of a process that is the only writer of its database: each append is
 * made durable by the journal and assigned the next seq; entries move into `document_updates` in
 * batches. Until they do, readers get them from `waitingFor`.
 */
export class JournalledLog {
  private readonly database: DatabaseSync;
  private readonly logger: Pick<Logger, 'warn' | 'error' | 'info'>;
  private readonly policy: JournalPolicy;
  private readonly journal: UpdateJournal;
  private readonly waiting: JournalledEntry[] = [];
  private readonly waitingByDocument = new Map<string, LogEntry[]>();
  private waitingBytes = 0;
  private nextSeq: number;
  private moveTimer: NodeJS.Timeout | null = null;
  private moveImmediate: NodeJS.Immediate | null = null;
  private failedMoves = 0;
  private closed = false;

  constructor(
    database: DatabaseSync,
    options: {
      directory: string;
      syncEachAppend: boolean;
      logger: Pick<Logger, 'warn' | 'error' | 'info'>;
      policy?: Partial<JournalPolicy>;
    },
  ) {
    // Journals left by stopped processes must be in the database first (adoptOrphanedJournals).
    this.database = database;
    this.logger = options.logger;
    this.policy = { ...defaultJournalPolicy, ...options.policy };
    const newest = database.prepare('SELECT MAX(seq) AS seq FROM document_updates').get();
    this.nextSeq = Number(newest?.seq ?? 0) + 1;
    this.journal = UpdateJournal.create(options.directory, options.syncEachAppend);
    journalsOpenHere.add(this.journal.path);
  }

  /** Makes one update durable and returns its seq; it reaches the database with a later batch. */
  append(documentName: string, update: Uint8Array, origin: UpdateOrigin): number {
    if (this.closed) throw new Error('the update log is closed');
    if (
      this.failedMoves > 0 &&
      this.waitingBytes + update.byteLength > this.policy.maxWaitingBytes
    ) {
      throw new Error(
        `the database refuses writes and ${this.waitingBytes} bytes of updates already wait in the journal`,
      );
    }
    const entry: JournalledEntry = {
      seq: this.nextSeq,
      documentName,
      update,
      userId: origin.userId,
      connectionId: origin.connectionId,
      clientIds: [...origin.clientIds],
      receivedAtMs: Math.floor(origin.receivedAtMs),
    };
    this.journal.append(entry);
    this.nextSeq += 1;
    this.waiting.push(entry);
    this.waitingBytes += update.byteLength;
    let forDocument = this.waitingByDocument.get(documentName);
    if (!forDocument) this.waitingByDocument.set(documentName, (forDocument = []));
    forDocument.push(entry);
    this.scheduleMove();
    return entry.seq;
  }

  /** Entries of one document not in the database yet, in log order. */
  waitingFor(documentName: string): readonly LogEntry[] {
    return this.waitingByDocument.get(documentName) ?? [];
  }

  /** Documents with entries not in the database yet. */
  waitingDocumentNames(): string[] {
    return [...this.waitingByDocument.keys()];
  }

  /** Moves every waiting entry into the database now; throws when the database refuses them. */
  moveToDatabase(): void {
    this.clearScheduledMove();
    if (this.waiting.length === 0) return;
    storeLogEntries(this.database, this.waiting, this.logger);
    this.waiting.length = 0;
    this.waitingByDocument.clear();
    this.waitingBytes = 0;
    this.journal.clear();
  }

  /** Moves what waits and deletes the journal; if the database refuses, the journal stays for the next start. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.moveToDatabase();
      this.journal.remove();
    } catch (error) {
      this.logger.error(
        { err: error, journal: this.journal.path, entries: this.waiting.length },
        'updates still wait in the journal; the next start moves them into the database',
      );
    } finally {
      journalsOpenHere.delete(this.journal.path);
    }
  }

  private scheduleMove(): void {
    if (this.failedMoves > 0 || this.moveImmediate) return;
    const full =
      this.waiting.length >= this.policy.moveAfterEntries ||
      this.waitingBytes >= this.policy.moveAfterBytes;
    if (full) {
      this.clearScheduledMove();
      this.moveImmediate = setImmediate(() => this.runMove());
    } else if (!this.moveTimer) {
      this.moveTimer = setTimeout(() => this.runMove(), this.policy.moveAfterMs).unref();
    }
  }

  private clearScheduledMove(): void {
    if (this.moveTimer) clearTimeout(this.moveTimer);
    if (this.moveImmediate) clearImmediate(this.moveImmediate);
    this.moveTimer = null;
    this.moveImmediate = null;
  }

  private runMove(): void {
    this.moveTimer = null;
    this.moveImmediate = null;
    if (this.closed) return;
    try {
      this.moveToDatabase();
      if (this.failedMoves > 0) this.logger.info('the database takes the journalled updates again');
      this.failedMoves = 0;
    } catch (error) {
      this.failedMoves += 1;
      const retryMs = Math.min(RETRY_FIRST_MS * 2 ** (this.failedMoves - 1), RETRY_MAX_MS);
      this.logger.error(
        {
          alert: 'journal-move-failed',
          err: error,
          entries: this.waiting.length,
          bytes: this.waitingBytes,
          retryMs,
        },
        'the database refused the journalled updates; they stay durable in the journal and are retried',
      );
      this.moveTimer = setTimeout(() => this.runMove(), retryMs).unref();
    }
  }
}
