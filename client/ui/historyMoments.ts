import type { TimelineEntry } from '../../shared/protocol/history.ts';

/** One stop of the history slider: the log entries received in one millisecond, and who sent them. */
export interface HistoryMoment {
  atMs: number;
  lastSeq: number;
  entryCount: number;
  /** Names of the authors; the server's own writes are listed as Concord. */
  authors: string[];
}

const SERVER_AUTHOR = 'Concord';

/** Groups log entries into slider stops: a state "at T" includes every entry of T's millisecond. */
export function historyMoments(entries: readonly TimelineEntry[]): HistoryMoment[] {
  const moments: HistoryMoment[] = [];
  for (const entry of entries) {
    const author = entry.user?.name ?? SERVER_AUTHOR;
    const last = moments.at(-1);
    if (last && last.atMs === entry.atMs) {
      last.lastSeq = entry.seq;
      last.entryCount += 1;
      if (!last.authors.includes(author)) last.authors.push(author);
    } else {
      moments.push({ atMs: entry.atMs, lastSeq: entry.seq, entryCount: 1, authors: [author] });
    }
  }
  return moments;
}
