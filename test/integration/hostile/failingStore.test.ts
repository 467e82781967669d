import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCollabSocket } from '../../../client/collab/createCollabSocket.ts';
import { openDocument } from '../../../client/collab/openDocument.ts';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { fillDisk } from './fillDisk.ts';
import { LogCapture } from './LogCapture.ts';
import { untilState } from './untilState.ts';

const LARGE_TEXT = 'x'.repeat(64 * 1024);
/** Below LARGE_TEXT: while the database refuses writes, the journal takes small edits only. */
const MAX_WAITING_BYTES = 16 * 1024;

let testServer: TestServer;
let pool: ClientPool;
let log: LogCapture;
let ada: UserRow;
let ben: UserRow;
let freeDisk: (() => void) | null = null;

beforeAll(async () => {
  log = new LogCapture();
  testServer = await startTestServer({
    logger: log.logger,
    journal: { moveAfterMs: 50, maxWaitingBytes: MAX_WAITING_BYTES },
  });
  pool = new ClientPool(testServer.collabUrl);
  for (const itemId of ['clip-1', 'clip-2', 'clip-3']) {
    await createProjectWithItem(testServer.metaStore, 'street', itemId);
  }
  ada = await createMember(testServer.metaStore, 'street', 'ada', 'annotator');
  ben = await createMember(testServer.metaStore, 'street', 'ben', 'annotator');
});

afterEach(() => {
  freeDisk?.();
  freeDisk = null;
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

/** Fills the disk and waits until the journal has failed to hand the database an edit. */
async function fillDiskUnderJournal(documentName: string): Promise<void> {
  const { collab } = testServer.server;
  const alertsBefore = log.alerts('journal-move-failed').length;
  freeDisk = fillDisk(testServer.server.database);
  // Big enough to need pages the full disk cannot give, small enough for the journal to take.
  await collab.serverWrite(documentName, (doc) =>
    doc.getMap('notes').set('small', 'y'.repeat(4 * 1024)),
  );
  await waitUntil(
    () => log.alerts('journal-move-failed').length > alertsBefore,
    'the database refuses the journalled edit',
  );
}

describe('a store that cannot write', () => {
  it('acknowledges small edits from the journal while the database refuses them, then stores them', async () => {
    const documentName = itemDocumentName('street', 'clip-3', 'main');
    const writer = pool.open(documentName, await tokenFor(ada));
    await acknowledged(writer);
    await fillDiskUnderJournal(documentName);

    writer.document.getMap('notes').set('while-full', 'kept');
    await acknowledged(writer);
    expect(await testServer.server.documentStore.readLog(documentName)).toHaveLength(3);
    expect(log.alerts('storage-write-failed')).toHaveLength(0);

    freeDisk?.();
    freeDisk = null;
    await waitUntil(
      () =>
        testServer.server.database
          ?.prepare('SELECT COUNT(*) AS n FROM document_updates WHERE document_name = ?')
          .get(documentName)?.n === 3,
      'the journalled edits reach the database once it has room',
    );
  });

  it('refuses an update the journal cannot hold and saves it once the client reopens the document after recovery', async () => {
    const documentName = itemDocumentName('street', 'clip-1', 'main');
    const socket = createCollabSocket(testServer.collabUrl);
    const writer = openDocument({ socket, name: documentName, token: await tokenFor(ada) });
    const observer = pool.open(documentName, await tokenFor(ben));
    await Promise.all([
      untilState(writer, (state) => state.status === 'saved'),
      acknowledged(observer),
    ]);
    await fillDiskUnderJournal(documentName);
    const entriesBefore = (await testServer.server.documentStore.stats(documentName)).logEntries;

    writer.doc.getMap('notes').set('large', LARGE_TEXT);
    const closed = await untilState(writer, (state) => state.closedReason !== null);

    expect(closed.status).toBe('offline');
    expect(closed.closedReason).toMatch(/could not save your edit .* sends it again/);
    expect(writer.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(log.alerts('storage-write-failed').length).toBeGreaterThan(0);
    expect((await testServer.server.documentStore.stats(documentName)).logEntries).toBe(
      entriesBefore,
    );
    const served = testServer.server.collab.hocuspocus.documents.get(documentName);
    expect(served?.getMap('notes').has('large')).toBe(false);
    expect(observer.document.getMap('notes').has('large')).toBe(false);

    freeDisk?.();
    freeDisk = null;
    await untilState(writer, (state) => state.status === 'saved', 20_000);
    await waitUntil(
      () => observer.document.getMap('notes').get('large') === LARGE_TEXT,
      'the observer receives the edit once it is saved',
    );
    const log_ = await testServer.server.documentStore.readLog(documentName);
    expect(log_.length).toBeGreaterThan(entriesBefore);
    writer.dispose();
    socket.destroy();
  });

  it('keeps a document with an unsaved server write in memory until the write is saved', async () => {
    const documentName = itemDocumentName('street', 'clip-2', 'main');
    const { collab, documentStore } = testServer.server;
    await collab.serverWrite(documentName, (doc) => doc.getMap('notes').set('seed', 1));
    await fillDiskUnderJournal(documentName);

    await expect(
      collab.serverWrite(documentName, (doc) => doc.getMap('notes').set('import', LARGE_TEXT)),
    ).rejects.toThrow(/applied but not saved yet .* retried until it is/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(collab.hocuspocus.documents.has(documentName)).toBe(true);

    freeDisk?.();
    freeDisk = null;
    await waitUntil(
      () => !collab.hocuspocus.documents.has(documentName),
      'the document unloads once its write is saved',
    );
    const reader = pool.open(documentName, await tokenFor(ben));
    await acknowledged(reader);
    expect(reader.document.getMap('notes').get('import')).toBe(LARGE_TEXT);
    expect((await documentStore.readLog(documentName)).some((entry) => entry.userId === null)).toBe(
      true,
    );
  });

  it('keeps serving the documents it can read while writes fail', async () => {
    freeDisk = fillDisk(testServer.server.database);
    const reader = pool.open(itemDocumentName('street', 'clip-1', 'main'), await tokenFor(ben));
    await acknowledged(reader);
    expect(reader.document.getMap('notes').get('large')).toBe(LARGE_TEXT);
  });
});
