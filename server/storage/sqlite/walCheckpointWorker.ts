// Runs SQLite's WAL checkpoints on its own thread: a checkpoint ends in an fsync that would
// otherwise stall the event loop (measured ~20 ms every ~450 commits with auto-checkpointing).
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

const { databasePath, intervalMs } = workerData as { databasePath: string; intervalMs: number };
const database = new DatabaseSync(databasePath);
database.exec('PRAGMA busy_timeout = 5000');

const timer = setInterval(() => {
  try {
    database.exec('PRAGMA wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}, intervalMs);

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  database.close();
  parentPort?.close();
});
