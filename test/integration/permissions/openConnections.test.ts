import type { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import type { AssignmentsResponse } from '../../../shared/protocol/assignments.ts';
import type { Role } from '../../../shared/protocol/http.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';
import { callApi } from './callApi.ts';
import { attemptEdit, openedOrRefused, storedEditBy } from './probeAccess.ts';

const PROJECT = 'street';
const WITHIN_MS = 5_000;

let testServer: TestServer;
let pool: ClientPool;
let trainerToken: string;
let itemCount = 0;

beforeAll(async () => {
  testServer = await startTestServer();
  pool = new ClientPool(testServer.collabUrl);
  await testServer.metaStore.createProject({ id: PROJECT, name: PROJECT });
  trainerToken = await tokenFor(
    await createMember(testServer.metaStore, PROJECT, 'tina', 'trainer'),
  );
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

/** A fresh item, so each test starts with no assignments. */
async function newItem(): Promise<string> {
  itemCount += 1;
  const { itemId } = await createProjectWithItem(
    testServer.metaStore,
    PROJECT,
    `clip-${itemCount}`,
  );
  return itemId;
}

async function member(username: string, role: Role): Promise<UserRow> {
  return createMember(testServer.metaStore, PROJECT, username, role);
}

async function openAs(user: UserRow, documentName: string, ttlSeconds?: number) {
  const provider = pool.open(documentName, await tokenFor(user, ttlSeconds));
  await acknowledged(provider);
  return provider;
}

/** Resolves with the reason the server gave when it closed the provider's document. */
function closedReason(provider: HocuspocusProvider): Promise<string> {
  return new Promise((resolve) =>
    provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason)),
  );
}

/** Resolves once the server tells the provider its access is now read-only. */
function loweredToReadOnly(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) =>
    provider.on('authenticated', ({ scope }: { scope: string }) => {
      if (scope === 'readonly') resolve();
    }),
  );
}

async function within<T>(promise: Promise<T>, what: string): Promise<{ value: T; ms: number }> {
  const startedAtMs = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${WITHIN_MS} ms`)), WITHIN_MS);
  });
  try {
    const value = await Promise.race([promise, late]);
    return { value, ms: Date.now() - startedAtMs };
  } finally {
    clearTimeout(timer);
  }
}

describe('permissions on open connections', () => {
  it('makes an open connection read-only within 5 s of a role downgrade made in the store', async () => {
    const documentName = itemDocumentName(PROJECT, await newItem(), 'main');
    const ada = await member('ada', 'annotator');
    const provider = await openAs(ada, documentName);
    expect(await attemptEdit(provider, 'before')).toBe(true);
    const lowered = loweredToReadOnly(provider);

    await testServer.metaStore.setMembership(PROJECT, ada.id, 'viewer');
    await within(lowered, 'the downgrade');

    expect(await attemptEdit(provider, 'after')).toBe(false);
    const log = await testServer.server.documentStore.readLog(documentName);
    expect(log.filter((entry) => entry.userId === ada.id)).toHaveLength(1);
  });

  it('refuses the next edit once the role change request has returned', async () => {
    const documentName = itemDocumentName(PROJECT, await newItem(), 'main');
    const ann = await member('ann', 'annotator');
    const provider = await openAs(ann, documentName);

    const changed = await callApi(
      testServer.server.url,
      trainerToken,
      'POST',
      `/api/projects/${PROJECT}/members`,
      {
        username: 'ann',
        role: 'viewer',
      },
    );
    expect(changed.status).toBe(200);

    expect(await attemptEdit(provider, 'after')).toBe(false);
    expect(await storedEditBy(testServer.server.documentStore, documentName, ann.id)).toBe(false);
  });

  it('closes an open connection within 5 s of its token expiring, with the expiry close code', async () => {
    const documentName = itemDocumentName(PROJECT, await newItem(), 'main');
    const provider = await openAs(await member('eve', 'annotator'), documentName, 2);
    const closed = closedReason(provider);
    const { ms } = await within(closed, 'closing the expired connection');
    expect(ms).toBeLessThan(2_000 + WITHIN_MS);
    expect(await closed).toMatch(/sign-in has expired.*\(close code 4401\)$/);
  });

  it('closes every open connection a new blind assignment hides, with the withdrawal close code', async () => {
    const itemId = await newItem();
    const blindToBe = await member('bea', 'annotator');
    const bystander = await member('cal', 'annotator');
    const bystanderFinal = await openAs(bystander, itemDocumentName(PROJECT, itemId, 'final'));
    const blindMain = await openAs(blindToBe, itemDocumentName(PROJECT, itemId, 'main'));
    const finalClosed = closedReason(bystanderFinal);
    const mainClosed = closedReason(blindMain);

    const created = await callApi(
      testServer.server.url,
      trainerToken,
      'POST',
      `/api/projects/${PROJECT}/items/${itemId}/assignments`,
      {
        usernames: ['bea'],
        mode: 'blind',
      },
    );
    expect(created.status).toBe(201);

    const reasons = await within(Promise.all([finalClosed, mainClosed]), 'the withdrawal');
    for (const reason of reasons.value) {
      expect(reason).toMatch(/stays hidden from you until the blind work .*\(close code 4410\)$/);
    }
  });

  it('tells a read-only connection that may now write to reopen, and the reopened one writes', async () => {
    const documentName = itemDocumentName(PROJECT, await newItem(), 'main');
    const vic = await member('vic', 'viewer');
    const reader = await openAs(vic, documentName);
    const closed = closedReason(reader);

    await testServer.metaStore.setMembership(PROJECT, vic.id, 'annotator');

    const { value: reason } = await within(closed, 'the upgrade');
    expect(reason).toMatch(/you may now edit .*\(close code 4426\)$/);
    const writer = await openAs(vic, documentName);
    expect(await attemptEdit(writer, 'now writing')).toBe(true);
  });

  it('opens revealed work to a blind annotator’s open socket and keeps her own layer writable', async () => {
    const itemId = await newItem();
    const dot = await member('dot', 'annotator');
    await member('eli', 'annotator');
    const created = await callApi<AssignmentsResponse>(
      testServer.server.url,
      trainerToken,
      'POST',
      `/api/projects/${PROJECT}/items/${itemId}/assignments`,
      {
        usernames: ['dot', 'eli'],
        mode: 'blind',
      },
    );
    const [dotLayer, eliLayer] = ['dot', 'eli'].map(
      (name) => created.body.assignments.find((each) => each.username === name)?.layer ?? '',
    );
    const socket = pool.socket();
    const token = await tokenFor(dot);
    const own = pool.open(itemDocumentName(PROJECT, itemId, dotLayer as string), token, { socket });
    await acknowledged(own);
    // Probed on a socket of its own: Hocuspocus would hold a refused provider's close message for
    // the document and apply it to the next open of that name on the same socket.
    const before = pool.open(itemDocumentName(PROJECT, itemId, eliLayer as string), token);
    expect((await openedOrRefused(before)).opened).toBe(false);
    let closedOwn = false;
    own.on('close', () => (closedOwn = true));

    const revealed = await callApi(
      testServer.server.url,
      trainerToken,
      'POST',
      `/api/projects/${PROJECT}/items/${itemId}/assignments/reveal`,
    );
    expect(revealed.status).toBe(200);

    const after = pool.open(itemDocumentName(PROJECT, itemId, eliLayer as string), token, {
      socket,
    });
    await within(acknowledged(after), 'opening the revealed layer');
    const gold = pool.open(itemDocumentName(PROJECT, itemId, 'gold'), token, { socket });
    await within(acknowledged(gold), 'opening gold');
    expect(await attemptEdit(own, 'still mine')).toBe(true);
    await waitUntil(() => own.isSynced, 'own layer synced');
    expect(closedOwn).toBe(false);
  });
});
