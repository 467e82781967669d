import type { DocumentStore, LogEntry } from '../storage/DocumentStore.ts';

const PAGE_ENTRIES = 500;

/**
 * Log entries after `afterSeq`, in log order, up to (not including) the first one received after
 * `throughMs`. History is a prefix of the log: every store stamps an update's time just before
 * appending it, so log order is receipt order and "the layer at T" is one unambiguous prefix.
 */
export async function readLogUntil(
  store: Pick<DocumentStore, 'readLog'>,
  documentName: string,
  afterSeq: number,
  throughMs: number,
): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  let cursor = afterSeq;
  for (;;) {
    const page = await store.readLog(documentName, { afterSeq: cursor, limit: PAGE_ENTRIES });
    for (const entry of page) {
      if (entry.receivedAtMs > throughMs) return entries;
      entries.push(entry);
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE_ENTRIES) return entries;
    cursor = last.seq;
  }
}
