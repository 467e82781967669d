import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

const DOCUMENT_LIMIT_BYTES = 64 * 1024;

let testServer: TestServer;
let pool: ClientPool;
let ada: UserRow;

beforeAll(async () => {
  testServer = await startTestServer({
    limits: {
      maxDocumentMessageBytes: DOCUMENT_LIMIT_BYTES,
      maxSocketPayloadBytes: 1024 * 1024,
      maxAwarenessStateBytes: 1024,
    },
  });
  pool = new ClientPool(testServer.collabUrl);
  await createProjectWithItem(testServer.metaStore, 'street', 'clip-1');
  await createProjectWithItem(testServer.metaStore, 'street', 'clip-2');
  ada = await createMember(testServer.metaStore, 'street', 'ada', 'annotator');
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

describe('message limits', () => {
  it('closes only the document whose message is too large, and stores none of it', async () => {
    const token = await tokenFor(ada);
    const socket = pool.socket();
    const large = pool.open(itemDocumentName('street', 'clip-1', 'main'), token, { socket });
    const small = pool.open(itemDocumentName('street', 'clip-2', 'main'), token, { socket });
    await Promise.all([acknowledged(large), acknowledged(small)]);
    const closeReasons: string[] = [];
    large.on('close', ({ event }: { event: { reason: string } }) =>
      closeReasons.push(event.reason),
    );

    large.document.getMap('notes').set('paste', 'x'.repeat(DOCUMENT_LIMIT_BYTES + 1));
    await waitUntil(() => closeReasons.length > 0, 'the oversized document is closed');
    expect(closeReasons[0]).toMatch(/exceeds the 0\.1 MB limit; import large content over HTTP/);

    small.document.getMap('notes').set('line', 'still here');
    await acknowledged(small);

    const log = await testServer.server.documentStore.readLog(
      itemDocumentName('street', 'clip-1', 'main'),
    );
    expect(log.every((entry) => entry.update.byteLength < DOCUMENT_LIMIT_BYTES)).toBe(true);
    const reader = pool.open(itemDocumentName('street', 'clip-1', 'main'), token);
    await acknowledged(reader);
    expect(reader.document.getMap('notes').has('paste')).toBe(false);
  });

  it('drops a presence state larger than the awareness limit', async () => {
    const token = await tokenFor(ada);
    const name = itemDocumentName('street', 'clip-2', 'main');
    const sender = pool.open(name, token);
    const observer = pool.open(name, token);
    await Promise.all([acknowledged(sender), acknowledged(observer)]);
    const selectionsSeen: number[] = [];
    observer.awareness?.on('change', () => {
      const selection = observer.awareness?.getStates().get(sender.document.clientID)?.selection as
        unknown[] | undefined;
      if (selection) selectionsSeen.push(selection.length);
    });

    sender.setAwarenessField(
      'selection',
      Array.from({ length: 200 }, (_, index) => `record-${index}`),
    );
    sender.forceSync();
    await acknowledged(sender);
    sender.setAwarenessField('selection', ['one']);
    await waitUntil(
      () => observer.awareness?.getStates().get(sender.document.clientID)?.selection?.length === 1,
      'the observer sees the small selection',
    );
    expect(selectionsSeen).toEqual([1]);
  });
});
