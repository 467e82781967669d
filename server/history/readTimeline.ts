import type { DocumentStore } from '../storage/DocumentStore.ts';

/** One page of a layer's log as the history slider needs it: times and authors, no content. */
export interface TimelinePage {
  entries: Array<{ seq: number; atMs: number; userId: string | null }>;
  nextAfterSeq: number | null;
}

/** Log entries after `afterSeq`, at most `limit` of them, and where the next page starts. */
export async function readTimeline(
  store: Pick<DocumentStore, 'readLog'>,
  documentName: string,
  afterSeq: number,
  limit: number,
): Promise<TimelinePage> {
  // One more than asked for says whether another page follows.
  const read = await store.readLog(documentName, { afterSeq, limit: limit + 1 });
  const page = read.slice(0, limit);
  return {
    entries: page.map((entry) => ({
      seq: entry.seq,
      atMs: entry.receivedAtMs,
      userId: entry.userId,
    })),
    nextAfterSeq: read.length > limit ? (page.at(-1)?.seq ?? null) : null,
  };
}
