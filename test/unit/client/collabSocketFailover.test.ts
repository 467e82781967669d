import net from 'node:net';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { Server } from '@hocuspocus/server';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCollabSocket } from '../../../client/collab/createCollabSocket.ts';

const STORAGE_DELAY_MS = 3;
const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A server that, like Concord's, writes each update to storage before acknowledging it. */
async function startServer(): Promise<Server> {
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    async beforeSync() {
      await new Promise((resolve) => setTimeout(resolve, STORAGE_DELAY_MS));
    },
  });
  await server.listen();
  cleanups.push(() => server.destroy());
  return server;
}

/** A TCP hop in front of `port` whose `cut` drops every connection, as when a server process dies. */
async function startCuttableProxy(port: number): Promise<{ url: string; cut(): void }> {
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((incoming) => {
    const outgoing = net.connect(port, '127.0.0.1');
    for (const socket of [incoming, outgoing]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const cut = () => {
    proxy.close();
    for (const socket of sockets) socket.destroy();
  };
  cleanups.push(cut);
  return { url: `ws://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`, cut };
}

function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => {
      if (check()) return resolve();
      if (Date.now() > deadline) return reject(new Error(`timed out waiting until ${what}`));
      setTimeout(poll, 5);
    };
    poll();
  });
}

describe('a collaboration socket given several servers', () => {
  it('moves to the next server when the connection is lost, and says saved only once that server has every edit', async () => {
    const first = await startServer();
    const second = await startServer();
    const lost = await startCuttableProxy(first.address.port);
    const secondUrl = `ws://127.0.0.1:${second.address.port}`;
    const socket = createCollabSocket([lost.url, secondUrl]);
    const provider = new HocuspocusProvider({
      name: 'p/i/main',
      document: new Y.Doc(),
      websocketProvider: socket,
    });
    provider.attach();
    cleanups.push(() => {
      provider.destroy();
      socket.destroy();
    });
    const edits = provider.document.getMap<number>('edits');
    await until(() => provider.isSynced, 'the provider has synced with the first server');
    edits.set('before', 1);
    await until(() => provider.unsyncedChanges === 0, 'the first edit is acknowledged');

    // Each time the client would show "saved", the second server must hold every edit made so far.
    const missingWhenSaved: string[][] = [];
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number !== 0 || !provider.isSynced || socket.url !== secondUrl) return;
      const held = second.hocuspocus.documents.get('p/i/main')?.getMap('edits');
      const missing = [...edits.keys()].filter((key) => !held?.has(key));
      if (missing.length > 0) missingWhenSaved.push(missing);
    });
    // Someone typing on through the loss of the connection and the move to the next server.
    let typed = 0;
    const typing = setInterval(() => edits.set(`edit-${(typed += 1)}`, typed), 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    lost.cut();
    await until(
      () => socket.url === secondUrl && provider.isSynced,
      'the client is on the second server',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(typing);
    await until(() => provider.unsyncedChanges === 0, 'the client has everything acknowledged');

    expect(socket.url).toBe(secondUrl);
    expect(missingWhenSaved).toEqual([]);
    expect(
      [...(second.hocuspocus.documents.get('p/i/main')?.getMap('edits').keys() ?? [])].sort(),
    ).toEqual([...edits.keys()].sort());
  }, 20_000);
});
