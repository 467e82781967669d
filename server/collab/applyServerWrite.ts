import * as Y from 'yjs';
import { SERVER_ORIGIN } from '../../shared/doc/origins.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';

/** Who a server write is made for; it is logged under that user (a restore, an import). */
export interface ServerWriteOptions {
  /** The user the write is attributed to in the log; the server itself when absent. */
  userId?: string;
}

/**
 * Runs `write` on an open document in one transaction with SERVER_ORIGIN and appends what it
 * changed to the log. Captures the update itself rather than relying on Hocuspocus's change
 * hooks, which do not fire while a document is loading. If `write` throws, what it changed
 * before throwing is still logged (Yjs commits a transaction even when its function throws).
 */
export async function applyServerWrite(
  document: Y.Doc,
  documentName: string,
  documentStore: Pick<DocumentStore, 'appendUpdate'>,
  write: (doc: Y.Doc) => void,
  options: ServerWriteOptions = {},
): Promise<void> {
  const updates: Uint8Array[] = [];
  const capture = (update: Uint8Array, origin: unknown) => {
    if (origin === SERVER_ORIGIN) updates.push(update);
  };
  document.on('update', capture);
  let failure: unknown = null;
  try {
    document.transact(() => write(document), SERVER_ORIGIN);
  } catch (error) {
    failure = error;
  } finally {
    document.off('update', capture);
  }
  if (updates.length > 0) {
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    await documentStore.appendUpdate(documentName, update, {
      userId: options.userId ?? null,
      connectionId: null,
      clientIds: [...Y.parseUpdateMeta(update).from.keys()],
      receivedAtMs: Date.now(),
    });
  }
  if (failure !== null) throw failure;
}
