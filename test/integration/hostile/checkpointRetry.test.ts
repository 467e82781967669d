import fs from 'node:fs/promises';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../../server/storage/openDatabase.ts';
import { SqliteDocumentStore } from '../../../server/storage/sqlite/SqliteDocumentStore.ts';
import { waitUntil } from '../collab/waitUntil.ts';
import { makeDataDir } from '../testServer.ts';
import { fillDisk } from './fillDisk.ts';
import { LogCapture } from './LogCapture.ts';

const DOCUMENT = 'street/clip-1/main';
let dataDir = '';
let database: DatabaseSync | null = null;
let store: SqliteDocumentStore | null = null;

afterEach(async () => {
  store?.close();
  database?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

/** Appends one update of `bytes` characters of text to the document's log. */
async function appendText(target: SqliteDocumentStore, doc: Y.Doc, bytes: number): Promise<void> {
  const updates: Uint8Array[] = [];
  const capture = (update: Uint8Array) => updates.push(update);
  doc.on('update', capture);
  doc.getMap('notes').set(`note-${doc.getMap('notes').size}`, 'x'.repeat(bytes));
  doc.off('update', capture);
  for (const update of updates) {
    await target.appendUpdate(DOCUMENT, update, {
      userId: 'u-ada',
      connectionId: null,
      clientIds: [doc.clientID],
      receivedAtMs: Date.now(),
    });
  }
}

describe('a checkpoint that cannot be written', () => {
  it('is retried with growing waits, alerting each time, until the disk has room again', async () => {
    dataDir = await makeDataDir();
    database = openDatabase(dataDir, 'normal');
    const log = new LogCapture();
    store = new SqliteDocumentStore(database, {
      logger: log.logger,
      checkpoints: { everyEntries: 3 },
      checkpointRetry: { firstDelayMs: 40, maxDelayMs: 1_000 },
    });
    const doc = new Y.Doc();
    await appendText(store, doc, 40_000);
    await appendText(store, doc, 40_000);
    // Room for one more small log entry, none for a checkpoint of the whole document.
    const freeDisk = fillDisk(database, 2);
    await appendText(store, doc, 10);

    await waitUntil(() => log.alerts('checkpoint-failed').length >= 3, 'three failed attempts');
    const waitsMs = log.alerts('checkpoint-failed').map((line) => line.retryInMs);
    expect(waitsMs.slice(0, 3)).toEqual([40, 80, 160]);
    expect((await store.stats(DOCUMENT)).checkpoints).toBe(0);
    expect((await store.stats(DOCUMENT)).logEntries).toBe(3);

    freeDisk();
    await waitUntil(() => checkpointCount() === 1, 'a checkpoint is built');
    const stored = await store.load(DOCUMENT);
    const loaded = new Y.Doc();
    if (stored.checkpoint) Y.applyUpdate(loaded, stored.checkpoint.state);
    for (const entry of stored.tail) Y.applyUpdate(loaded, entry.update);
    expect(loaded.getMap('notes').size).toBe(3);
  });
});

function checkpointCount(): number {
  const row = database?.prepare('SELECT COUNT(*) AS count FROM document_checkpoints').get();
  return Number(row?.count ?? 0);
}
