import { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollabSocket } from '../../../client/collab/createCollabSocket.ts';
import { createPresence } from '../../../client/collab/createPresence.ts';
import type { DocumentConnection } from '../../../client/collab/openDocument.ts';
import { openDocument } from '../../../client/collab/openDocument.ts';
import type { ConnectionState } from '../../../client/collab/ConnectionState.ts';
import { ReopenBackoff } from '../../../client/collab/ReopenBackoff.ts';

let server: Server;
let url: string;
/** Documents whose updates the server refuses by closing them, as a server with a failing disk does. */
const refusingUpdates = new Set<string>();

beforeAll(async () => {
  server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    async onAuthenticate({ token, connectionConfig }) {
      if (token === 'bad') throw new Error('token expired');
      if (token === 'reader') connectionConfig.readOnly = true;
    },
    async beforeSync({ documentName, type }) {
      // Sync step 2 (1) and update (2) carry content; refusing them is what a full disk does.
      if (refusingUpdates.has(documentName) && type !== 0) {
        throw Object.assign(new Error('storage is failing'), {
          code: 4507,
          reason: `the server could not save your edit to ${documentName}`,
        });
      }
    },
  });
  await server.listen();
  url = `ws://127.0.0.1:${server.address.port}`;
});

afterAll(async () => {
  await server.destroy();
});

function until(
  connection: DocumentConnection,
  accept: (state: ConnectionState) => boolean,
  timeoutMs = 5000,
) {
  return new Promise<ConnectionState>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`state stayed ${JSON.stringify(connection.getState())}`)),
      timeoutMs,
    );
    const check = () => {
      if (!accept(connection.getState())) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(connection.getState());
    };
    const unsubscribe = connection.subscribe(check);
    check();
  });
}

const saved = (state: ConnectionState) => state.status === 'saved';

describe('document connections', () => {
  it('says saved only once the server has acknowledged every local edit', async () => {
    const socket = createCollabSocket(url);
    const connection = openDocument({ socket, name: 'p/i/main', token: 'writer' });
    expect((await until(connection, saved)).scope).toBe('read-write');
    connection.doc.getMap('objects').set('a', 1);
    expect(connection.getState().status).toBe('syncing');
    await until(connection, saved);
    const serverDocument = server.hocuspocus.documents.get('p/i/main');
    expect(serverDocument?.getMap('objects').get('a')).toBe(1);
    connection.dispose();
    socket.destroy();
  });

  it('carries several documents on one socket, each with its own status', async () => {
    const socket = createCollabSocket(url);
    const main = openDocument({ socket, name: 'p/i2/main', token: 'writer' });
    const schema = openDocument({ socket, name: 'p/_/schema', token: 'reader', awareness: false });
    await until(main, saved);
    expect((await until(schema, saved)).scope).toBe('readonly');
    expect(socket.configuration.providerMap.size).toBe(2);
    main.dispose();
    schema.dispose();
    socket.destroy();
  });

  it('asks for a reload when the server refuses an edit made on a read-only connection', async () => {
    const socket = createCollabSocket(url);
    const connection = openDocument({ socket, name: 'p/i3/main', token: 'reader' });
    await until(connection, saved);
    connection.doc.getMap('objects').set('sneaky', true);
    const state = await until(connection, (current) => current.reloadReason !== null);
    expect(state.reloadReason).toContain('refused an edit');
    expect(server.hocuspocus.documents.get('p/i3/main')?.getMap('objects').has('sneaky')).toBe(
      false,
    );
    connection.dispose();
    socket.destroy();
  });

  it('is offline with a reason the user can act on when the server turns the token down', async () => {
    const socket = createCollabSocket(url);
    const connection = openDocument({ socket, name: 'p/i4/main', token: 'bad' });
    const state = await until(connection, (current) => current.problem !== null);
    expect(state.status).toBe('offline');
    expect(state.problem).toContain('sign in again');
    connection.dispose();
    socket.destroy();
  });

  it('opens a document again after the server closes it, and is offline meanwhile', async () => {
    const socket = createCollabSocket(url);
    const connection = openDocument({ socket, name: 'p/i6/main', token: 'writer' });
    await until(connection, saved);
    const serverDocument = server.hocuspocus.documents.get('p/i6/main');
    for (const serverConnection of serverDocument?.connections.keys() ?? [])
      serverConnection.close();
    await until(connection, (state) => state.status === 'offline');
    connection.doc.getMap('objects').set('while-closed', 1);
    await until(connection, saved);
    const reopened = server.hocuspocus.documents.get('p/i6/main');
    expect(reopened?.getMap('objects').get('while-closed')).toBe(1);
    connection.dispose();
    socket.destroy();
  });

  it('reopens only the closed document, saying why and when, and saves what was edited meanwhile', async () => {
    const socket = createCollabSocket(url);
    const fast = { firstDelayMs: 100, maxDelayMs: 400 };
    const closed = openDocument({ socket, name: 'p/i7/main', token: 'writer', reopen: fast });
    const neighbour = openDocument({ socket, name: 'p/i8/main', token: 'writer' });
    await Promise.all([until(closed, saved), until(neighbour, saved)]);
    let neighbourLeftSaved = false;
    neighbour.subscribe(() => (neighbourLeftSaved ||= neighbour.getState().status !== 'saved'));

    const serverDocument = server.hocuspocus.documents.get('p/i7/main');
    for (const serverConnection of serverDocument?.connections.keys() ?? [])
      serverConnection.close({ code: 4507, reason: 'the disk is full' });
    const state = await until(closed, (current) => current.closedReason !== null);
    expect(state).toMatchObject({ status: 'offline', closedReason: 'the disk is full' });
    expect(state.reopensAtMs).toBeGreaterThan(Date.now());
    closed.doc.getMap('objects').set('while-closed', 2);

    await until(closed, saved);
    expect(closed.getState()).toMatchObject({ closedReason: null, reopensAtMs: null });
    expect(
      server.hocuspocus.documents.get('p/i7/main')?.getMap('objects').get('while-closed'),
    ).toBe(2);
    expect(neighbourLeftSaved).toBe(false);
    expect(socket.status).toBe('connected');
    closed.dispose();
    neighbour.dispose();
    socket.destroy();
  });

  it('backs off while the server keeps closing the document, and starts again after a success', async () => {
    const socket = createCollabSocket(url);
    const options = { firstDelayMs: 100, maxDelayMs: 400, random: () => 1 };
    const connection = openDocument({
      socket,
      name: 'p/i9/main',
      token: 'writer',
      reopen: options,
    });
    await until(connection, saved);
    const delaysMs: number[] = [];
    let lastReopensAtMs: number | null = null;
    connection.subscribe(() => {
      const { reopensAtMs } = connection.getState();
      if (reopensAtMs !== null && reopensAtMs !== lastReopensAtMs && delaysMs.length < 8) {
        delaysMs.push(reopensAtMs - Date.now());
      }
      lastReopensAtMs = reopensAtMs;
    });

    refusingUpdates.add('p/i9/main');
    connection.doc.getMap('objects').set('refused', 1);
    await expect.poll(() => delaysMs.length, { timeout: 5000 }).toBeGreaterThanOrEqual(4);
    refusingUpdates.delete('p/i9/main');
    await until(connection, saved, 5000);
    expect(server.hocuspocus.documents.get('p/i9/main')?.getMap('objects').get('refused')).toBe(1);
    const rounded = delaysMs.slice(0, 4).map((delayMs) => Math.round(delayMs / 50) * 50);
    expect(rounded).toEqual([100, 200, 400, 400]);

    delaysMs.length = 0;
    for (const serverConnection of server.hocuspocus.documents
      .get('p/i9/main')
      ?.connections.keys() ?? [])
      serverConnection.close();
    await expect.poll(() => delaysMs.length).toBeGreaterThan(0);
    expect(Math.round((delaysMs[0] ?? 0) / 50) * 50).toBe(100);
    await until(connection, saved);
    connection.dispose();
    socket.destroy();
  });

  it('tells the author what the server says their kept edit broke', async () => {
    const socket = createCollabSocket(url);
    const connection = openDocument({ socket, name: 'p/i10/main', token: 'writer' });
    await until(connection, saved);
    const serverDocument = server.hocuspocus.documents.get('p/i10/main');
    for (const serverConnection of serverDocument?.connections.keys() ?? []) {
      serverConnection.sendStateless(
        JSON.stringify({
          type: 'concord.schemaViolations',
          documentName: 'p/i10/main',
          seq: 7,
          violations: [
            { recordId: 's1', field: 'startMs', message: 'startMs is missing or not a number' },
            { recordId: 'b1', field: 'kind', message: 'object b1 has unknown kind "blob"' },
          ],
        }),
      );
    }
    const state = await until(connection, (current) => current.schemaWarning !== null);
    expect(state.schemaWarning).toBe(
      'your edit to p/i10/main was kept but breaks the schema: startMs is missing or not a number (and 1 more)',
    );
    expect(state.status).toBe('saved');
    connection.dispose();
    socket.destroy();
  });

  it("shows each user the other's presence", async () => {
    const sockets = [createCollabSocket(url), createCollabSocket(url)];
    const [ann, ben] = sockets.map((socket) =>
      openDocument({ socket, name: 'p/i5/main', token: 'writer' }),
    );
    if (!ann || !ben) throw new Error('documents were not opened');
    await Promise.all([until(ann, saved), until(ben, saved)]);
    const annPresence = createPresence(ann.provider.awareness!);
    const benPresence = createPresence(ben.provider.awareness!);
    annPresence.setLocalUser({ id: 'ann', name: 'Ann', colour: '#1f77b4' });
    benPresence.setLocalUser({ id: 'ben', name: 'Ben', colour: '#ff7f0e' });
    annPresence.setCursor({ x: 10, y: 20, frame: 3 });
    await expect
      .poll(() => benPresence.getPeers().map((peer) => peer.user.id), { timeout: 5000 })
      .toEqual(['ann']);
    await expect
      .poll(() => benPresence.getPeers()[0]?.cursor, { timeout: 5000 })
      .toEqual({ x: 10, y: 20, frame: 3 });
    expect(annPresence.getPeers().map((peer) => peer.user.name)).toEqual(['Ben']);
    for (const presence of [annPresence, benPresence]) presence.dispose();
    for (const connection of [ann, ben]) connection.dispose();
    for (const socket of sockets) socket.destroy();
  });
});

describe('reopen backoff', () => {
  it('waits between half and all of a ceiling that doubles up to the cap', () => {
    let draw = 0;
    const draws = [0, 0.999, 0.5, 0, 0.999, 0.25];
    const backoff = new ReopenBackoff({
      firstDelayMs: 1000,
      maxDelayMs: 8000,
      random: () => draws[draw++ % draws.length] ?? 0,
    });
    const delaysMs = draws.map(() => backoff.nextDelayMs());
    expect(delaysMs).toEqual([500, 1999, 3000, 4000, 7996, 5000]);
    backoff.reset();
    expect(backoff.nextDelayMs()).toBe(500);
  });
});
