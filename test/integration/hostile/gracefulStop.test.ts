import { once } from 'node:events';
import fs from 'node:fs/promises';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import { databasePathOf } from '../../../server/storage/openDatabase.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import { openSqliteStores } from '../../../server/storage/sqlite/openSqliteStores.ts';
import { ClientPool } from '../collab/ClientPool.ts';
import { EditingClient } from '../collab/EditingClient.ts';
import type { ServerProcess } from '../collab/startServerProcess.ts';
import { startServerProcess } from '../collab/startServerProcess.ts';
import { acknowledged, waitUntil } from '../collab/waitUntil.ts';
import {
  collabUrlOf,
  createMember,
  createProjectWithItem,
  makeDataDir,
  tokenFor,
} from '../testServer.ts';

let dataDir = '';
const pool = new ClientPool('');
const processes: ServerProcess[] = [];

afterAll(async () => {
  pool.destroyAll();
  await Promise.all(processes.map((process) => process.kill()));
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

async function prepareProject(): Promise<{ documentName: string; users: UserRow[] }> {
  const stores = await openSqliteStores(dataDir, 'normal', { logger: pino({ level: 'silent' }) });
  try {
    const { projectId, itemId } = await createProjectWithItem(stores.metaStore);
    const users: UserRow[] = [];
    for (const name of ['ada', 'grace']) {
      users.push(await createMember(stores.metaStore, projectId, name, 'annotator'));
    }
    return { documentName: itemDocumentName(projectId, itemId, 'main'), users };
  } finally {
    stores.documentStore.close();
    await stores.close();
  }
}

async function startProcess(): Promise<ServerProcess> {
  const started = await startServerProcess(dataDir);
  processes.push(started);
  return started;
}

describe('a server stopped with SIGTERM while people edit', () => {
  it('exits 0 with the write-ahead log folded in and every acknowledged edit stored', async () => {
    dataDir = await makeDataDir();
    const { documentName, users } = await prepareProject();
    const first = await startProcess();
    const clients = await Promise.all(
      users.map(async (user) => {
        const provider = pool.open(documentName, await tokenFor(user), {
          url: collabUrlOf(first.port),
        });
        await acknowledged(provider);
        return new EditingClient(provider, user.id);
      }),
    );
    clients.forEach((client, index) => client.start(3 + index));
    await waitUntil(
      () => clients.every((client) => client.acknowledgedCount >= 50),
      'every client has 50 acknowledged edits',
      20_000,
    );

    const exited = once(first.child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    first.child.kill('SIGTERM');
    const [code, signal] = await exited;
    clients.forEach((client) => client.stop());
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    const walBytes = await fs
      .stat(`${databasePathOf(dataDir)}-wal`)
      .then((stats) => stats.size)
      .catch(() => 0);
    expect(walBytes).toBe(0);

    const second = await startProcess();
    const reader = pool.open(documentName, await tokenFor(users[0] as UserRow), {
      url: collabUrlOf(second.port),
    });
    await acknowledged(reader);
    const layer = readLayer(reader.document);
    for (const client of clients) expect(client.missingFrom(layer)).toEqual([]);
  });
});
