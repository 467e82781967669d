import type { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';

/** How often the WAL is folded into the database file. @default 1000 */
const DEFAULT_INTERVAL_MS = 1000;

/**
 * Moves WAL checkpoints off the event loop: turns SQLite's automatic checkpoint off on the
 * serving connection and runs passive checkpoints from a worker thread with its own connection.
 * Commits are unaffected: WAL still hands each one to the OS before the client is acknowledged.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private stopped: Promise<void> | null = null;

  constructor(
    database: DatabaseSync,
    databasePath: string,
    logger: Pick<Logger, 'warn'>,
    intervalMs = DEFAULT_INTERVAL_MS,
  ) {
    database.exec('PRAGMA wal_autocheckpoint = 0');
    this.worker = new Worker(new URL('./walCheckpointWorker.ts', import.meta.url), {
      workerData: { databasePath, intervalMs },
    });
    this.worker.unref();
    this.worker.on('message', (message: { error?: string }) => {
      if (message.error) logger.warn({ err: message.error }, 'WAL checkpoint failed; will retry');
    });
    this.worker.on('error', (error) => logger.warn({ err: error }, 'WAL checkpoint thread failed'));
  }

  /** Stops the thread; the serving connection's close checkpoints whatever is left. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      // Unreferenced, the thread would let a process that awaits this exit before it has stopped.
      this.worker.ref();
      this.worker.once('exit', () => resolve());
      this.worker.postMessage('stop');
    });
    return this.stopped;
  }
}
