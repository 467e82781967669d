import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pino from 'pino';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { createSegment } from '../../../shared/doc/writeRecords.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { acknowledged, refusal, waitUntil } from './waitUntil.ts';

const DOCUMENT = itemDocumentName('street', 'clip-1', 'main');

let pools: ClientPool[] = [];
let servers: TestServer[] = [];

afterEach(async () => {
  pools.forEach((pool) => pool.destroyAll());
  await Promise.all(servers.map((server) => server.close()));
  pools = [];
  servers = [];
});

function collectErrors(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'error' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
}

async function serverWithWriter(options: Parameters<typeof startTestServer>[0] = {}) {
  const testServer = await startTestServer(options);
  servers.push(testServer);
  const pool = new ClientPool(testServer.collabUrl);
  pools.push(pool);
  if (!(await testServer.metaStore.getProject('street')))
    await createProjectWithItem(testServer.metaStore, 'street', 'clip-1');
  const user =
    (await testServer.metaStore.findUserByUsername('ada')) ??
    (await createMember(testServer.metaStore, 'street', 'ada', 'annotator'));
  const token = await tokenFor(user);
  return { testServer, pool, token, userId: user.id };
}

async function writeSegments(
  pool: ClientPool,
  token: string,
  userId: string,
  ids: string[],
): Promise<void> {
  const provider = pool.open(DOCUMENT, token);
  await acknowledged(provider);
  for (const [index, id] of ids.entries()) {
    createSegment(
      provider.document,
      {
        id,
        tierId: 'words',
        startMs: index * 100,
        endMs: index * 100 + 50,
        labelId: null,
        speaker: null,
      },
      { userId, nowMs: index },
      LOCAL_ORIGIN,
    );
    if (index % 10 === 9) await acknowledged(provider);
  }
  await acknowledged(provider);
}

async function segmentIdsSeenBy(pool: ClientPool, token: string): Promise<string[]> {
  const reader = pool.open(DOCUMENT, token);
  await acknowledged(reader);
  return readLayer(reader.document).segments.map((segment) => segment.id);
}

function idsFrom(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index}`);
}

function openSideConnection(testServer: TestServer): DatabaseSync {
  return new DatabaseSync(path.join(testServer.dataDir, 'concord.sqlite'));
}

describe('stored documents', () => {
  it('checkpoints a growing log, keeps every log entry, and reloads the same content after a restart', async () => {
    const first = await serverWithWriter({ checkpoints: { everyEntries: 25 } });
    await writeSegments(first.pool, first.token, first.userId, idsFrom('s', 120));
    const { documentStore } = first.testServer.server;
    // Checkpoints are built on a later turn of the event loop than the acknowledgement.
    await new Promise((resolve) => setImmediate(resolve));
    const stats = await documentStore.stats(DOCUMENT);
    expect(stats.logEntries).toBeGreaterThanOrEqual(121);
    expect(stats.checkpoints).toBeGreaterThanOrEqual(1);
    expect(stats.checkpoints).toBeLessThanOrEqual(2);
    expect(stats.entriesSinceCheckpoint).toBeLessThan(25);
    first.pool.destroyAll();
    await first.testServer.stop();

    const second = await serverWithWriter({
      dataDir: first.testServer.dataDir,
      checkpoints: { everyEntries: 25 },
    });
    expect(await segmentIdsSeenBy(second.pool, second.token)).toEqual(idsFrom('s', 120));
    expect((await second.testServer.server.documentStore.stats(DOCUMENT)).logEntries).toBe(
      stats.logEntries,
    );
  });

  it('skips a log entry that cannot be applied, reports it, and loads everything else', async () => {
    const { logger, lines } = collectErrors();
    const { testServer, pool, token, userId } = await serverWithWriter({ logger });
    await writeSegments(pool, token, userId, ['before']);
    const garbageSeq = await testServer.server.documentStore.appendUpdate(
      DOCUMENT,
      new Uint8Array([0, 7, 255, 255, 3]),
      {
        userId,
        connectionId: null,
        clientIds: [],
        receivedAtMs: Date.now(),
      },
    );
    await writeSegments(pool, token, userId, ['after']);
    pool.destroyAll();
    await waitUntil(
      () => !testServer.server.collab.hocuspocus.documents.has(DOCUMENT),
      'the document is unloaded',
    );

    expect(await segmentIdsSeenBy(pool, token)).toEqual(['after', 'before']);
    expect(lines).toContainEqual(
      expect.objectContaining({ documentName: DOCUMENT, seq: garbageSeq }),
    );
  });

  it('falls back to the whole log when the newest checkpoint is damaged', async () => {
    const { logger, lines } = collectErrors();
    const { testServer, pool, token, userId } = await serverWithWriter({
      logger,
      checkpoints: { everyEntries: 10 },
    });
    await writeSegments(pool, token, userId, idsFrom('c', 30));
    pool.destroyAll();
    await waitUntil(
      () => !testServer.server.collab.hocuspocus.documents.has(DOCUMENT),
      'the document is unloaded',
    );
    const side = openSideConnection(testServer);
    side.prepare('UPDATE document_checkpoints SET state = ?').run(new Uint8Array([1, 2, 3]));
    side.close();

    expect(await segmentIdsSeenBy(pool, token)).toEqual(idsFrom('c', 30));
    expect(lines.some((line) => String(line.msg).includes('checkpoint cannot be applied'))).toBe(
      true,
    );
  });

  it('refuses to serve a document whose storage cannot be read, and serves it intact once it can', async () => {
    const { testServer, pool, token, userId } = await serverWithWriter();
    await writeSegments(pool, token, userId, ['kept']);
    pool.destroyAll();
    await waitUntil(
      () => !testServer.server.collab.hocuspocus.documents.has(DOCUMENT),
      'the document is unloaded',
    );
    const entriesBefore = (await testServer.server.documentStore.stats(DOCUMENT)).logEntries;
    const side = openSideConnection(testServer);
    side.exec('ALTER TABLE document_updates RENAME TO document_updates_away');

    expect(await refusal(pool.open(DOCUMENT, token))).toMatch(/cannot be loaded right now/);
    expect(testServer.server.collab.hocuspocus.documents.has(DOCUMENT)).toBe(false);

    side.exec('ALTER TABLE document_updates_away RENAME TO document_updates');
    side.close();
    expect(await segmentIdsSeenBy(pool, token)).toEqual(['kept']);
    expect((await testServer.server.documentStore.stats(DOCUMENT)).logEntries).toBe(entriesBefore);
  });

  it('sends a stored document to the first client that opens it once, not twice', async () => {
    const { testServer, pool, token } = await serverWithWriter();
    const stored = new Y.Doc();
    stored.getMap('notes').set('text', 'x'.repeat(200_000));
    await testServer.server.documentStore.appendUpdate(DOCUMENT, Y.encodeStateAsUpdate(stored), {
      userId: null,
      connectionId: null,
      clientIds: [stored.clientID],
      receivedAtMs: Date.now(),
    });
    const socket = pool.socket();
    let receivedBytes = 0;
    socket.on(
      'message',
      (event: { data: ArrayBuffer }) => (receivedBytes += event.data.byteLength),
    );
    const reader = pool.open(DOCUMENT, token, { socket });
    await acknowledged(reader);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reader.document.getMap('notes').get('text')).toHaveLength(200_000);
    expect(receivedBytes).toBeLessThan(250_000);
  });
});
