import * as Y from 'yjs';

const REMOTE = 'remote';

/** What a stored document holds, in a form tests can compare. */
export interface DocumentContent {
  list: unknown[];
  fields: Record<string, unknown>;
}

export function contentOf(doc: Y.Doc): DocumentContent {
  return { list: doc.getArray('list').toJSON(), fields: doc.getMap('fields').toJSON() };
}

/** Edits by several Yjs clients that see each other's work, as the updates they sent. */
export interface RecordedEdits {
  updates: Uint8Array[];
  /** The document all the updates add up to. */
  result: Y.Doc;
}

/**
 * Makes `editCount` edits (one update each) round-robin across `clientCount` synced clients:
 * inserts, field writes and, every third edit, a deletion of another client's item, so delete
 * sets matter.
 */
export function recordEdits(editCount: number, clientCount = 3, prefix = 'e'): RecordedEdits {
  const clients = Array.from({ length: clientCount }, () => new Y.Doc());
  const updates: Uint8Array[] = [];
  for (const client of clients) {
    client.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      updates.push(update);
      for (const other of clients) if (other !== client) Y.applyUpdate(other, update, REMOTE);
    });
  }
  for (let index = 0; index < editCount; index += 1) {
    const client = clients[index % clientCount] as Y.Doc;
    client.transact(() => {
      const list = client.getArray<string>('list');
      if (index % 3 === 2 && list.length > 0) list.delete(0, 1);
      else list.insert(list.length === 0 ? 0 : index % list.length, [`${prefix}${index}`]);
      client.getMap('fields').set(`f${index % 5}`, index);
    });
  }
  const [result, ...others] = clients as [Y.Doc, ...Y.Doc[]];
  others.forEach((other) => other.destroy());
  return { updates, result };
}
