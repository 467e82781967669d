import fs from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import type { Logger } from 'pino';
import { findOrphanedJournals } from './findOrphanedJournals.ts';
import { decodeJournal } from './journalRecords.ts';
import { storeLogEntries } from './storeLogEntries.ts';

/**
 * Moves what stopped processes left in their journals into the log, then deletes those files.
 * Throws, before anything is moved, when a running process still journals into `directory`.
 */
export function adoptOrphanedJournals(
  database: DatabaseSync,
  directory: string,
  logger: Pick<Logger, 'warn' | 'info'>,
): void {
  for (const journalPath of findOrphanedJournals(directory)) {
    const decoded = decodeJournal(fs.readFileSync(journalPath));
    storeLogEntries(database, decoded.entries, logger);
    if (decoded.stoppedBecause) {
      // Only the last write can be cut short by a crash, and it was never acknowledged.
      logger.warn(
        { journal: journalPath, unreadableBytes: decoded.unreadableBytes },
        `journal ${decoded.stoppedBecause}; the bytes from there on are dropped`,
      );
    }
    logger.info(
      { journal: journalPath, entries: decoded.entries.length },
      'moved the updates a stopped process left in its journal into the database',
    );
    fs.rmSync(journalPath, { force: true });
  }
}
