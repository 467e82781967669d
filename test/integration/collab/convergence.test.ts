import type { UserRow } from '../../../server/storage/MetaStore.ts';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { replayStoredDocument } from '../../../server/storage/replayStoredDocument.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { seededRandom } from '../../../bench/fixtures/seededRandom.ts';
import { randomLayerEdit } from './randomLayerEdit.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

const EDITS_PER_CLIENT = 150;
const SEED = 20_240_611;

let testServer: TestServer;
let pool: ClientPool;

beforeAll(async () => {
  testServer = await startTestServer({ checkpoints: { everyEntries: 100 } });
  pool = new ClientPool(testServer.collabUrl);
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

function sameStateVectors(providers: HocuspocusProvider[]): boolean {
  const vectors = providers.map((provider) =>
    Buffer.from(Y.encodeStateVector(provider.document)).toString('base64'),
  );
  return vectors.every((vector) => vector === vectors[0]);
}

async function editConcurrently(
  provider: HocuspocusProvider,
  userId: string,
  seed: number,
): Promise<void> {
  const random = seededRandom(seed);
  for (let edit = 0; edit < EDITS_PER_CLIENT; edit += 1) {
    randomLayerEdit(
      provider.document,
      random,
      { userId, nowMs: 1_700_000_000_000 + edit },
      `${userId}-`,
    );
    // Yield now and then so the three clients' updates cross on the wire.
    if (random() < 0.3)
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 4)));
  }
}

describe('concurrent editing', () => {
  it('brings three clients editing one layer at once to identical state, on the server and on disk too', async () => {
    const { metaStore } = testServer;
    const { projectId, itemId } = await createProjectWithItem(metaStore);
    const documentName = itemDocumentName(projectId, itemId, 'main');
    const users: UserRow[] = [];
    for (const name of ['ada', 'grace', 'linus']) {
      users.push(await createMember(metaStore, projectId, name, 'annotator'));
    }
    const providers = await Promise.all(
      users.map(async (user) => pool.open(documentName, await tokenFor(user))),
    );
    await Promise.all(providers.map((provider) => acknowledged(provider)));

    await Promise.all(
      providers.map((provider, index) =>
        editConcurrently(provider, users[index]!.id, SEED + index),
      ),
    );
    await Promise.all(providers.map((provider) => acknowledged(provider, 20_000)));
    await waitUntil(
      () => sameStateVectors(providers),
      'all three clients have the same state vector',
      20_000,
    );

    const [first, ...others] = providers.map((provider) => provider.document);
    const expected = readLayer(first!);
    expect(expected.tracks.length + expected.segments.length).toBeGreaterThan(20);
    for (const other of others) {
      expect(readLayer(other)).toEqual(expected);
      // Encoded bytes are not canonical (replicas split delete ranges differently); snapshots are.
      expect(Y.equalSnapshots(Y.snapshot(other), Y.snapshot(first!))).toBe(true);
      expect(other.toJSON()).toEqual(first!.toJSON());
    }

    const latecomer = pool.open(documentName, await tokenFor(users[0]!));
    await acknowledged(latecomer);
    expect(readLayer(latecomer.document)).toEqual(expected);

    const stats = await testServer.server.documentStore.stats(documentName);
    expect(stats.checkpoints).toBeGreaterThan(0);
    const fromDisk = new Y.Doc();
    await replayStoredDocument(
      testServer.server.documentStore,
      documentName,
      fromDisk,
      testServer.server.logger,
    );
    expect(readLayer(fromDisk)).toEqual(expected);
  });
});
