import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { readDocumentVersions } from '../../../shared/doc/layerMeta.ts';
import { metaOf } from '../../../shared/doc/layerRoots.ts';
import { SERVER_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { META_ITEM_ID, META_LAYER_ID, META_PROJECT_ID } from '../../../shared/doc/roots.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import { DOCUMENT_SCHEMA_VERSION } from '../../../shared/schema/schemaVersions.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

let testServer: TestServer;
let pool: ClientPool;
let ada: UserRow;

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  await createProjectWithItem(testServer.metaStore, 'street', 'clip-1');
  await createProjectWithItem(testServer.metaStore, 'street', 'clip-2');
  ada = await createMember(testServer.metaStore, 'street', 'ada', 'annotator');
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

function stampOf(doc: Y.Doc) {
  const meta = metaOf(doc);
  return {
    projectId: meta.get(META_PROJECT_ID),
    itemId: meta.get(META_ITEM_ID),
    layerId: meta.get(META_LAYER_ID),
  };
}

describe('writes the server makes itself', () => {
  it('stamps a new document with the schema versions before the first client syncs, once', async () => {
    const name = itemDocumentName('street', 'clip-1', 'main');
    const provider = pool.open(name, await tokenFor(ada));
    await waitUntil(() => provider.isSynced, 'the first client synced');
    expect(readDocumentVersions(provider.document).schemaVersion).toBe(DOCUMENT_SCHEMA_VERSION);
    expect(stampOf(provider.document)).toEqual({
      projectId: 'street',
      itemId: 'clip-1',
      layerId: 'main',
    });

    const log = await testServer.server.documentStore.readLog(name);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ userId: null, connectionId: null });
    const replayed = new Y.Doc();
    Y.applyUpdate(replayed, log[0]!.update);
    expect(readDocumentVersions(replayed).schemaVersion).toBe(DOCUMENT_SCHEMA_VERSION);

    pool.destroyAll();
    await waitUntil(
      () => !testServer.server.collab.hocuspocus.documents.has(name),
      'the document is unloaded',
    );
    await acknowledged(pool.open(name, await tokenFor(ada)));
    expect(await testServer.server.documentStore.readLog(name)).toHaveLength(1);
  });

  it('logs a server write before resolving and shows it to connected clients', async () => {
    const name = itemDocumentName('street', 'clip-2', 'main');
    const watcher = pool.open(name, await tokenFor(ada));
    await acknowledged(watcher);
    const origins: unknown[] = [];
    watcher.document.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));

    await testServer.server.collab.serverWrite(name, (doc) => {
      createSegment(
        doc,
        { id: 'imported', tierId: 'words', startMs: 0, endMs: 10, labelId: null, speaker: null },
        { userId: 'server', nowMs: 0 },
        SERVER_ORIGIN,
      );
    });
    const log = await testServer.server.documentStore.readLog(name);
    expect(log.at(-1)).toMatchObject({ userId: null });
    const fromLog = new Y.Doc();
    for (const entry of log) Y.applyUpdate(fromLog, entry.update);
    expect(readLayer(fromLog).segments.map((segment) => segment.id)).toEqual(['imported']);

    await waitUntil(
      () => readLayer(watcher.document).segments.length === 1,
      'the client sees the server write',
    );
    expect(origins).toHaveLength(1);
  });

  it('writes to a document nobody has open, and refuses a malformed name', async () => {
    const name = itemDocumentName('street', 'clip-3', 'main');
    await testServer.server.collab.serverWrite(name, (doc) =>
      doc.getMap('notes').set('seeded', true),
    );
    expect(await testServer.server.documentStore.hasDocument(name)).toBe(true);
    await waitUntil(
      () => !testServer.server.collab.hocuspocus.documents.has(name),
      'the document is unloaded',
    );
    await expect(
      testServer.server.collab.serverWrite('../escape', () => undefined),
    ).rejects.toThrow(/three parts/);
    expect(await testServer.server.documentStore.hasDocument('../escape')).toBe(false);
  });
});
