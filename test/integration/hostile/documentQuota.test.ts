import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, refusal, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';

let testServer: TestServer;
let pool: ClientPool;

beforeAll(async () => {
  testServer = await startTestServer({ limits: { maxDocumentsPerUser: 2 } });
  pool = new ClientPool(testServer.collabUrl);
  for (const itemId of ['clip-1', 'clip-2', 'clip-3'])
    await createProjectWithItem(testServer.metaStore, 'street', itemId);
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

const documentOf = (itemId: string) => itemDocumentName('street', itemId, 'main');

describe('the per-user document limit', () => {
  it('refuses a document over the limit, over all sockets, and says what to do', async () => {
    const ada = await createMember(testServer.metaStore, 'street', 'ada', 'annotator');
    const token = await tokenFor(ada);
    const first = pool.open(documentOf('clip-1'), token);
    const second = pool.open(documentOf('clip-2'), token);
    await Promise.all([acknowledged(first), acknowledged(second)]);

    const third = pool.open(documentOf('clip-3'), token);
    const reason = await refusal(third);
    expect(reason).toMatch(/you already have 2 documents open and one user may have at most 2/);
    expect(reason).toMatch(/close some tabs or documents/);
    expect(testServer.server.collab.hocuspocus.documents.has(documentOf('clip-3'))).toBe(false);
  });

  it('counts each user on their own', async () => {
    const ben = await createMember(testServer.metaStore, 'street', 'ben', 'annotator');
    const provider = pool.open(documentOf('clip-3'), await tokenFor(ben));
    await acknowledged(provider);
  });

  it('gives a slot back when a document is closed', async () => {
    const cleo = await createMember(testServer.metaStore, 'street', 'cleo', 'annotator');
    const token = await tokenFor(cleo);
    const first = pool.open(documentOf('clip-1'), token);
    const second = pool.open(documentOf('clip-2'), token);
    await Promise.all([acknowledged(first), acknowledged(second)]);
    first.destroy();
    first.configuration.websocketProvider.destroy();
    const quota = testServer.server.collab.hocuspocus.configuration.extensions.find(
      (extension) => extension.extensionName === 'concord-document-quota',
    ) as { openDocumentsOf(userId: string): number } | undefined;
    await waitUntil(() => quota?.openDocumentsOf(cleo.id) === 1, 'cleo holds one document');

    const third = pool.open(documentOf('clip-3'), token);
    await acknowledged(third);
  });
});
