import { once } from 'node:events';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { acknowledged } from '../collab/waitUntil.ts';
import type { TestServer } from '../testServer.ts';
import { createMember, createProjectWithItem, startTestServer, tokenFor } from '../testServer.ts';

const DEADLINE_MS = 300;

let testServer: TestServer;
let pool: ClientPool;

beforeAll(async () => {
  testServer = await startTestServer({ limits: { authenticationTimeoutMs: DEADLINE_MS } });
  pool = new ClientPool(testServer.collabUrl);
});

afterAll(async () => {
  pool.destroyAll();
  await testServer.close();
});

/** A Hocuspocus sync step 1 (an empty state vector) for `documentName`, with no token before it. */
function syncStepOne(documentName: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, new Uint8Array([0]));
  return encoding.toUint8Array(encoder);
}

async function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  const [code, reason] = (await once(socket, 'close')) as [number, Buffer];
  return { code, reason: reason.toString() };
}

describe('the authentication deadline', () => {
  it('closes a socket that never sends a token, saying why', async () => {
    const socket = new WebSocket(testServer.collabUrl);
    await once(socket, 'open');
    const openedAtMs = Date.now();
    const closed = await closeOf(socket);
    expect(closed.code).toBe(4408);
    expect(closed.reason).toMatch(/no document was authenticated within .* send a token first/);
    expect(Date.now() - openedAtMs).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
  });

  it('closes a socket that keeps sending sync messages but never a token', async () => {
    const socket = new WebSocket(testServer.collabUrl);
    await once(socket, 'open');
    const sending = setInterval(() => socket.send(syncStepOne('street/clip-1/main')), 20);
    const closed = await closeOf(socket);
    clearInterval(sending);
    expect(closed.code).toBe(4408);
  });

  it('leaves a socket open once one of its documents is authenticated', async () => {
    const { projectId, itemId } = await createProjectWithItem(testServer.metaStore);
    const user = await createMember(testServer.metaStore, projectId, 'ada', 'annotator');
    const socket = pool.socket();
    const provider = pool.open(itemDocumentName(projectId, itemId, 'main'), await tokenFor(user), {
      socket,
    });
    await acknowledged(provider);
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS * 3));
    provider.document.getMap('notes').set('still', 'open');
    await acknowledged(provider);
    expect(socket.status).toBe('connected');
  });
});
