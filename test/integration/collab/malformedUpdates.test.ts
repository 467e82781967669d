import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
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

/** A Hocuspocus sync message (type 0) of y-protocols kind `syncType` carrying `bytes` as its update. */
function syncMessage(documentName: string, syncType: number, bytes: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, bytes);
  return encoding.toUint8Array(encoder);
}

describe('an update that is not a Yjs update', () => {
  it.each([
    ['an update message', 2],
    ['sync step 2', 1],
  ])('is refused before it reaches the log when sent as %s', async (_kind, syncType) => {
    const { projectId, itemId } = await createProjectWithItem(
      testServer.metaStore,
      'street',
      `clip-${syncType}`,
    );
    const documentName = itemDocumentName(projectId, itemId, 'main');
    const user = await createMember(testServer.metaStore, projectId, `ada${syncType}`, 'annotator');
    const provider = pool.open(documentName, await tokenFor(user));
    await acknowledged(provider);
    const closeReasons: string[] = [];
    provider.on('close', ({ event }: { event: { reason: string } }) =>
      closeReasons.push(event.reason),
    );
    const entriesBefore = (await testServer.server.documentStore.stats(documentName)).logEntries;

    const garbage = new TextEncoder().encode('hello world garbage');
    provider.configuration.websocketProvider.send(syncMessage(documentName, syncType, garbage));

    await waitUntil(() => closeReasons.length > 0, 'the document connection is closed');
    expect(closeReasons[0]).toMatch(/is not a valid Yjs update/);
    expect((await testServer.server.documentStore.stats(documentName)).logEntries).toBe(
      entriesBefore,
    );
  });
});
