import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { PRESENCE_USER_FIELD } from '../../../shared/protocol/presence.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

let testServer: TestServer;
let pool: ClientPool;
let documentName: string;
let ada: UserRow;
let grace: UserRow;
let linus: UserRow;

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  const { projectId, itemId } = await createProjectWithItem(testServer.metaStore);
  documentName = itemDocumentName(projectId, itemId, 'main');
  ada = await createMember(testServer.metaStore, projectId, 'ada', 'annotator');
  grace = await createMember(testServer.metaStore, projectId, 'grace', 'annotator');
  linus = await createMember(testServer.metaStore, projectId, 'linus', 'viewer');
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

function stateOf(
  observer: HocuspocusProvider,
  clientId: number,
): Record<string, unknown> | undefined {
  return observer.awareness?.getStates().get(clientId);
}

function identity(user: UserRow) {
  return { id: user.id, name: user.name, colour: user.colour };
}

describe('presence', () => {
  it('shows a client that claims to be someone else as the user its token names', async () => {
    const graceProvider = pool.open(documentName, await tokenFor(grace));
    const adaProvider = pool.open(documentName, await tokenFor(ada));
    const observer = pool.open(documentName, await tokenFor(linus));
    await Promise.all([
      acknowledged(graceProvider),
      acknowledged(adaProvider),
      waitUntil(() => observer.isSynced, 'observer synced'),
    ]);

    graceProvider.setAwarenessField(PRESENCE_USER_FIELD, {
      id: 'anyone',
      name: 'Grace',
      colour: '#ff0000',
    });
    adaProvider.setAwarenessField(PRESENCE_USER_FIELD, {
      ...identity(grace),
      name: 'Grace (really)',
    });
    adaProvider.setAwarenessField('cursor', { x: 10, y: 20, frame: 3 });

    const adaClient = adaProvider.document.clientID;
    await waitUntil(
      () => stateOf(observer, adaClient)?.cursor !== undefined,
      'the observer sees the cursor',
    );
    expect(stateOf(observer, adaClient)).toEqual({
      user: identity(ada),
      cursor: { x: 10, y: 20, frame: 3 },
    });
    expect(stateOf(graceProvider, adaClient)?.[PRESENCE_USER_FIELD]).toEqual(identity(ada));
    await waitUntil(
      () => stateOf(observer, graceProvider.document.clientID) !== undefined,
      'grace is seen',
    );
    expect(stateOf(observer, graceProvider.document.clientID)?.[PRESENCE_USER_FIELD]).toEqual(
      identity(grace),
    );
  });

  it('drops presence sent under a client id another connection holds', async () => {
    const graceProvider = pool.open(documentName, await tokenFor(grace));
    const observer = pool.open(documentName, await tokenFor(linus));
    await acknowledged(graceProvider);
    graceProvider.setAwarenessField('cursor', { x: 1, y: 1, frame: 1 });
    const graceClient = graceProvider.document.clientID;
    await waitUntil(
      () => stateOf(observer, graceClient)?.cursor !== undefined,
      'grace’s cursor is seen',
    );

    const seenForGrace: unknown[] = [];
    observer.awareness?.on('change', () => seenForGrace.push(stateOf(observer, graceClient)));

    const impostorDoc = new Y.Doc();
    impostorDoc.clientID = graceClient;
    const impostor = pool.open(documentName, await tokenFor(ada), { doc: impostorDoc });
    await waitUntil(() => impostor.isSynced, 'the impostor synced');
    // A higher awareness clock would make every receiver prefer the impostor's state over Grace's.
    for (let step = 0; step < 20; step += 1)
      impostor.setAwarenessField('cursor', { x: 666, y: 666, frame: step });
    // The server handles one connection's messages in order: once this sync round is acknowledged, the presence before it was handled.
    impostor.forceSync();
    await acknowledged(impostor);
    graceProvider.setAwarenessField('cursor', { x: 2, y: 2, frame: 2 });
    await waitUntil(
      () => (stateOf(observer, graceClient)?.cursor as { x: number } | undefined)?.x === 2,
      'grace moved',
    );
    expect(stateOf(observer, graceClient)).toEqual({
      user: identity(grace),
      cursor: { x: 2, y: 2, frame: 2 },
    });
    expect(seenForGrace).not.toContainEqual(
      expect.objectContaining({ cursor: expect.objectContaining({ x: 666 }) }),
    );
  });
});
