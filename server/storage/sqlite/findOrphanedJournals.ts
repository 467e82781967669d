import fs from 'node:fs';
import path from 'node:path';
import { JOURNAL_SUFFIX } from './UpdateJournal.ts';

/** Journals this process has open, so a second store here never takes one over. */
export const journalsOpenHere = new Set<string>();

function processIsRunning(pid: number): boolean {
  try {
    // A zombie has exited; only its parent has not collected it yet.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
}

/**
 * The journals in `directory` whose process has exited, to be moved into the database. A
 * journal whose process still runs means another server is writing this data without Redis
 * between them; starting beside it would fork the log, so that is refused.
 */
export function findOrphanedJournals(directory: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const orphans: string[] = [];
  for (const name of names.filter((file) => file.endsWith(JOURNAL_SUFFIX)).sort()) {
    const filePath = path.join(directory, name);
    const pid = Number.parseInt(name, 10);
    const running =
      pid === process.pid ? journalsOpenHere.has(filePath) : pid > 0 && processIsRunning(pid);
    if (running) {
      throw new Error(
        `the data in ${path.dirname(directory)} is being written by process ${pid} (journal ${filePath}): ` +
          'stop that server first, or run every process with REDIS_URL set to share the data. ' +
          `If no Concord server runs as process ${pid}, rename the file to begin with 0- and start ` +
          'again: its entries are then moved into the database',
      );
    }
    orphans.push(filePath);
  }
  return orphans;
}
