import type { Extension } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { attemptEdit } from './probeAccess.ts';

let testServer: TestServer;
let pool: ClientPool;
let documentName: string;
let writer: UserRow;
let reader: UserRow;

/** Relays every stateless message to everyone on the document, as a chat or ping feature would. */
const relay: Extension = {
  extensionName: 'test-stateless-relay',
  async onStateless({ document, payload }) {
    document.broadcastStateless(payload);
  },
};

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  // Hocuspocus reads its extension list on every hook call; the relay runs after Concord's own.
  testServer.server.collab.hocuspocus.configuration.extensions.push(relay);
  const { projectId, itemId } = await createProjectWithItem(testServer.metaStore);
  documentName = itemDocumentName(projectId, itemId, 'main');
  writer = await createMember(testServer.metaStore, projectId, 'ada', 'annotator');
  reader = await createMember(testServer.metaStore, projectId, 'vic', 'viewer');
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

describe('stateless messages', () => {
  it('are broadcast from a connection that writes, never from one that only reads', async () => {
    const listener = pool.open(documentName, await tokenFor(writer));
    const talker = pool.open(documentName, await tokenFor(writer));
    const watcher = pool.open(documentName, await tokenFor(reader));
    await Promise.all([acknowledged(listener), acknowledged(talker), acknowledged(watcher)]);
    const heard: string[] = [];
    listener.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));

    watcher.sendStateless('from the reader');
    // The reader's messages are handled in order: once its edit is refused, the message was handled.
    expect(await attemptEdit(watcher, 'probe')).toBe(false);
    talker.sendStateless('from the writer');
    await waitUntil(() => heard.includes('from the writer'), 'the writer is heard');

    expect(heard).toEqual(['from the writer']);
  });
});
