import { WebSocketStatus } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

let testServer: TestServer;
let pool: ClientPool;

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

function segment(id: string, startMs: number) {
  return { id, tierId: 'words', startMs, endMs: startMs + 500, labelId: null, speaker: null };
}

describe('a viewer on a layer', () => {
  it('is refused when writing, and nothing it wrote reaches the log or other clients', async () => {
    const { metaStore, server } = testServer;
    const { projectId, itemId } = await createProjectWithItem(metaStore);
    const documentName = itemDocumentName(projectId, itemId, 'main');
    const annotator = await createMember(metaStore, projectId, 'ada', 'annotator');
    const viewer = await createMember(metaStore, projectId, 'vic', 'viewer');

    const writer = pool.open(documentName, await tokenFor(annotator));
    await acknowledged(writer);
    createSegment(
      writer.document,
      segment('by-annotator', 0),
      { userId: annotator.id, nowMs: 1 },
      LOCAL_ORIGIN,
    );
    await acknowledged(writer);

    const watcher = pool.open(documentName, await tokenFor(viewer));
    let syncs = 0;
    watcher.on('synced', () => (syncs += 1));
    await waitUntil(() => syncs === 1, 'the viewer has synced');
    expect(watcher.authorizedScope).toBe('readonly');
    expect(readLayer(watcher.document).segments.map((each) => each.id)).toEqual(['by-annotator']);

    createSegment(
      watcher.document,
      segment('by-viewer', 1000),
      { userId: viewer.id, nowMs: 2 },
      LOCAL_ORIGIN,
    );
    // A reconnect sends the refused edit again, this time inside sync step 2.
    const socket = watcher.configuration.websocketProvider;
    socket.disconnect();
    await waitUntil(
      () => socket.status === WebSocketStatus.Disconnected,
      'the viewer is disconnected',
    );
    void socket.connect();
    await waitUntil(() => syncs === 2, 'the viewer has synced again');

    createSegment(
      writer.document,
      segment('after-viewer', 2000),
      { userId: annotator.id, nowMs: 3 },
      LOCAL_ORIGIN,
    );
    await acknowledged(writer);
    expect(watcher.unsyncedChanges).toBeGreaterThan(0);

    const log = await server.documentStore.readLog(documentName);
    expect(log.some((entry) => entry.userId === viewer.id)).toBe(false);
    expect(log.filter((entry) => entry.userId === annotator.id)).toHaveLength(2);

    const latecomer = pool.open(documentName, await tokenFor(annotator));
    await acknowledged(latecomer);
    expect(readLayer(latecomer.document).segments.map((each) => each.id)).toEqual([
      'by-annotator',
      'after-viewer',
    ]);
    expect(readLayer(writer.document).segments.map((each) => each.id)).toEqual([
      'by-annotator',
      'after-viewer',
    ]);
  });
});
