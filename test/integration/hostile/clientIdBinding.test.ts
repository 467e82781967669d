import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';

let testServer: TestServer;
let pool: ClientPool;
let ada: UserRow;
let ben: UserRow;
const documentName = itemDocumentName('street', 'clip-1', 'main');

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  await createProjectWithItem(testServer.metaStore, 'street', 'clip-1');
  ada = await createMember(testServer.metaStore, 'street', 'ada', 'annotator');
  ben = await createMember(testServer.metaStore, 'street', 'ben', 'annotator');
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

/** Opens the document as `user` with a Y.Doc that writes under `clientId`. */
async function openAs(user: UserRow, clientId: number): Promise<HocuspocusProvider> {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const provider = pool.open(documentName, await tokenFor(user), { doc });
  await acknowledged(provider);
  // Yjs picks a new client id when it receives content under its own; a forger sets it back.
  doc.clientID = clientId;
  return provider;
}

function closeReasonsOf(provider: HocuspocusProvider): string[] {
  const reasons: string[] = [];
  provider.on('close', ({ event }: { event: { reason: string } }) => reasons.push(event.reason));
  return reasons;
}

async function logLength(): Promise<number> {
  return (await testServer.server.documentStore.stats(documentName)).logEntries;
}

describe('a Yjs client id bound to its user', () => {
  it("refuses an update written under another user's client id and logs none of it", async () => {
    const annotator = pool.open(documentName, await tokenFor(ada));
    await acknowledged(annotator);
    annotator.document.getMap('notes').set('by-ada', 'first');
    await acknowledged(annotator);
    const adaClientId = annotator.document.clientID;
    expect(await testServer.server.auditStore.ownerOfClientId(documentName, adaClientId)).toBe(
      ada.id,
    );

    const forger = await openAs(ben, adaClientId);
    const reasons = closeReasonsOf(forger);
    const entriesBefore = await logLength();
    forger.document.getMap('notes').set('by-ada', 'forged by ben');

    await waitUntil(() => reasons.length > 0, "ben's document connection is closed");
    expect(reasons[0]).toMatch(
      new RegExp(`client id ${adaClientId}, which belongs to another user; reload the document`),
    );
    expect(await logLength()).toBe(entriesBefore);
    const served = testServer.server.collab.hocuspocus.documents.get(documentName);
    expect(served?.getMap('notes').get('by-ada')).toBe('first');
    expect(forger.unsyncedChanges).toBeGreaterThan(0);
  });

  it('binds a client id when its presence is first seen, so nobody can take it by writing first', async () => {
    const quiet = pool.open(documentName, await tokenFor(ada));
    await acknowledged(quiet);
    quiet.setAwarenessField('cursor', null);
    const quietClientId = quiet.document.clientID;
    await waitUntil(
      () =>
        testServer.server.collab.hocuspocus.documents
          .get(documentName)
          ?.awareness.getStates()
          .has(quietClientId) === true,
      "ada's presence reaches the server",
    );
    expect(await testServer.server.auditStore.ownerOfClientId(documentName, quietClientId)).toBe(
      ada.id,
    );

    const forger = await openAs(ben, quietClientId);
    const reasons = closeReasonsOf(forger);
    forger.document.getMap('notes').set('first-write', 'by ben');
    await waitUntil(() => reasons.length > 0, "ben's document connection is closed");
    expect(reasons[0]).toMatch(/belongs to another user/);

    quiet.document.getMap('notes').set('first-write', 'by ada');
    await acknowledged(quiet);
  });

  it('accepts a client id from the user it is bound to, on a new connection', async () => {
    const owner = await openAs(ben, 0x5eed);
    owner.document.getMap('notes').set('by-ben', 1);
    await acknowledged(owner);
    owner.destroy();

    const again = await openAs(ben, 0x5eed);
    again.document.getMap('notes').set('by-ben', 2);
    await acknowledged(again);
    expect(await testServer.server.auditStore.ownerOfClientId(documentName, 0x5eed)).toBe(ben.id);
  });

  it('keeps the binding across a restart', async () => {
    await testServer.stop();
    testServer = await startTestServer({ dataDir: testServer.dataDir });
    pool.destroyAll();
    pool = new ClientPool(testServer.collabUrl);

    const forger = await openAs(ada, 0x5eed);
    const reasons = closeReasonsOf(forger);
    forger.document.getMap('notes').set('by-ben', 'forged by ada');
    await waitUntil(() => reasons.length > 0, "ada's document connection is closed");
    expect(reasons[0]).toMatch(/belongs to another user/);
  });
});
