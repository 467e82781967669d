import type { DocumentStore } from '../storage/DocumentStore.ts';
import { readLogUntil } from './readLogUntil.ts';

/** When the user's newest stored edit of the document was received; null when they made none. */
export async function lastEditBy(
  store: Pick<DocumentStore, 'readLog'>,
  documentName: string,
  userId: string,
): Promise<number | null> {
  const log = await readLogUntil(store, documentName, 0, Number.POSITIVE_INFINITY);
  const edits = log.filter((entry) => entry.userId === userId);
  return edits.at(-1)?.receivedAtMs ?? null;
}
