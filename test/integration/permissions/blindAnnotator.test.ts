import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type {
  AssignmentsResponse,
  AssignmentSummary,
  QueueResponse,
} from '../../../shared/protocol/assignments.ts';
import type { ItemDetail } from '../../../shared/protocol/http.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { callApi } from './callApi.ts';
import { attemptEdit, openedOrRefused } from './probeAccess.ts';

const PROJECT = 'street';
const ITEM = 'clip';

let testServer: TestServer;
let pool: ClientPool;
const people = new Map<string, UserRow>();
let adaLayer: string;
let bobLayer: string;

const nameOf = (layer: string) => itemDocumentName(PROJECT, ITEM, layer);
const person = (username: string) => people.get(username) as UserRow;

/** Opens a document as `username` and waits until it is synced. */
async function openAs(username: string, layer: string): Promise<HocuspocusProvider> {
  const provider = pool.open(nameOf(layer), await tokenFor(person(username)));
  await acknowledged(provider);
  return provider;
}

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  const { metaStore } = testServer;
  await createProjectWithItem(metaStore, PROJECT, ITEM);
  const roles = { tina: 'trainer', rita: 'reviewer', ada: 'annotator', bob: 'annotator' } as const;
  for (const [username, role] of Object.entries(roles)) {
    people.set(username, await createMember(metaStore, PROJECT, username, role));
  }
  const created = await callApi<AssignmentsResponse>(
    testServer.server.url,
    await tokenFor(person('tina')),
    'POST',
    `/api/projects/${PROJECT}/items/${ITEM}/assignments`,
    { usernames: ['ada', 'bob'], mode: 'blind' },
  );
  expect(created.status).toBe(201);
  const layerOf = (username: string) =>
    (created.body.assignments.find((each) => each.username === username) as AssignmentSummary)
      .layer;
  adaLayer = layerOf('ada');
  bobLayer = layerOf('bob');
  // Work the blind annotator must not see, written by everyone else.
  const writes: Array<[string, string]> = [
    ['bob', bobLayer],
    ['tina', 'gold'],
    ['rita', 'final'],
    ['rita', 'review'],
    ['tina', 'main'],
    ['rita', `review.${bobLayer.slice(2)}`],
  ];
  for (const [username, layer] of writes) {
    const provider = await openAs(username, layer);
    expect(await attemptEdit(provider, `by-${username}`)).toBe(true);
    provider.destroy();
  }
  await testServer.server.collab.serverWrite(nameOf('agreement'), (doc) =>
    doc.getMap('results').set('computed', true),
  );
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

describe('a blind annotator', () => {
  it('is refused every layer holding someone else’s work, over the socket, and is told why', async () => {
    const token = await tokenFor(person('ada'));
    const hidden = [
      bobLayer,
      `review.${bobLayer.slice(2)}`,
      'gold',
      'final',
      'review',
      'agreement',
      'main',
    ];
    for (const layer of hidden) {
      const provider = pool.open(nameOf(layer), token);
      const opening = await openedOrRefused(provider);
      expect(opening, layer).toEqual({ opened: false, reason: expect.any(String) });
      expect(provider.document.share.size, layer).toBe(0);
      provider.destroy();
    }
    const gold = pool.open(nameOf('gold'), token);
    expect(await openedOrRefused(gold)).toEqual({
      opened: false,
      reason:
        'layer gold of item clip stays hidden from you until the blind work on the item is revealed',
    });
  });

  it('is shown over HTTP only her own layer, her review thread and her own assignment', async () => {
    const token = await tokenFor(person('ada'));
    const detail = await callApi<ItemDetail>(
      testServer.server.url,
      token,
      'GET',
      `/api/projects/${PROJECT}/items/${ITEM}`,
    );
    expect(detail.status).toBe(200);
    expect(detail.body.layers).toEqual([
      { documentName: nameOf(adaLayer), layer: adaLayer, access: 'write' },
      {
        documentName: nameOf(`review.${adaLayer.slice(2)}`),
        layer: `review.${adaLayer.slice(2)}`,
        access: 'write',
      },
    ]);
    expect(detail.body.assignments.map((each) => each.username)).toEqual(['ada']);
    const queue = await callApi<QueueResponse>(
      testServer.server.url,
      token,
      'GET',
      '/api/me/queue',
    );
    expect(queue.body.entries.map((entry) => entry.assignment.layer)).toEqual([adaLayer]);
    expect(JSON.stringify([detail.body, queue.body])).not.toContain(bobLayer);
  });

  it('sees nobody’s presence on her layer, not even the reviewer watching it', async () => {
    const ada = await openAs('ada', adaLayer);
    const rita = await openAs('rita', adaLayer);
    rita.setAwarenessField('cursor', { x: 1, y: 2, frame: 3 });
    // Rita's connection is handled in order: once her edit is refused, her presence was handled.
    expect(await attemptEdit(rita, 'watching')).toBe(false);
    ada.setAwarenessField('cursor', { x: 5, y: 5, frame: 5 });
    await waitUntil(
      () => rita.awareness?.getStates().get(ada.document.clientID)?.cursor !== undefined,
      'the reviewer sees the annotator',
    );
    const server = testServer.server.collab.hocuspocus.documents.get(nameOf(adaLayer));
    expect([...(server?.awareness.getStates().keys() ?? [])]).toEqual([ada.document.clientID]);
    expect([...(ada.awareness?.getStates().keys() ?? [])]).toEqual([ada.document.clientID]);
  });

  it('sees the reviewer who writes to her in her review thread', async () => {
    const thread = `review.${adaLayer.slice(2)}`;
    const ada = await openAs('ada', thread);
    const rita = await openAs('rita', thread);
    rita.setAwarenessField('cursor', { x: 9, y: 9, frame: 9 });
    await waitUntil(
      () => ada.awareness?.getStates().get(rita.document.clientID)?.cursor !== undefined,
      'the annotator sees the reviewer in the thread',
    );
  });
});
