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

let testServer: TestServer;
let pool: ClientPool;
let log: LogCapture;
let ada: UserRow;
let ben: UserRow;
let freeDisk: (() => void) | null = null;

beforeAll(async () => {
  log = new LogCapture();
  testServer = await startTestServer({ logger: log.logger });
  pool = new ClientPool(testServer.collabUrl);
  for (const itemId of ['clip-1', 'clip-2']) {
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

describe('a store that cannot write', () => {
  it('refuses the update and saves it once the client reopens the document after recovery', async () => {
    const documentName = itemDocumentName('street', 'clip-1', 'main');
    const socket = createCollabSocket(testServer.collabUrl);
    const writer = openDocument({ socket, name: documentName, token: await tokenFor(ada) });
    const observer = pool.open(documentName, await tokenFor(ben));
    await Promise.all([
      untilState(writer, (state) => state.status === 'saved'),
      acknowledged(observer),
    ]);
    const entriesBefore = (await testServer.server.documentStore.stats(documentName)).logEntries;
    freeDisk = fillDisk(testServer.server.database);

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

    freeDisk();
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
    freeDisk = fillDisk(testServer.server.database);

    await expect(
      collab.serverWrite(documentName, (doc) => doc.getMap('notes').set('import', LARGE_TEXT)),
    ).rejects.toThrow(/applied but not saved yet .* retried until it is/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(collab.hocuspocus.documents.has(documentName)).toBe(true);

    freeDisk();
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
