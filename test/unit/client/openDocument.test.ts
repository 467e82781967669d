import { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollabSocket } from '../../../client/collab/createCollabSocket.ts';
import { createPresence } from '../../../client/collab/createPresence.ts';
import type { DocumentConnection } from '../../../client/collab/openDocument.ts';
import { openDocument } from '../../../client/collab/openDocument.ts';
import type { ConnectionState } from '../../../client/collab/ConnectionState.ts';

let server: Server;
let url: string;

beforeAll(async () => {
  server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    async onAuthenticate({ token, connectionConfig }) {
      if (token === 'bad') throw new Error('token expired');
      if (token === 'reader') connectionConfig.readOnly = true;
    },
  });
  await server.listen();
  url = `ws://127.0.0.1:${server.address.port}`;
});

afterAll(async () => {
  await server.destroy();
});

function until(connection: DocumentConnection, accept: (state: ConnectionState) => boolean) {
  return new Promise<ConnectionState>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`state stayed ${JSON.stringify(connection.getState())}`)),
      5000,
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
