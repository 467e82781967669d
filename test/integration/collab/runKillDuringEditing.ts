import fs from 'node:fs/promises';
import pino from 'pino';
import { expect } from 'vitest';
import { itemDocumentName } from '../../../shared/doc/documentName.ts';
import { readLayer } from '../../../shared/doc/readLayer.ts';
import type { UserRow } from '../../../server/storage/MetaStore.ts';
import type { OpenedStores, StoreOptions } from '../../../server/storage/openStores.ts';
import {
  collabUrlOf,
  createMember,
  createProjectWithItem,
  makeDataDir,
  tokenFor,
} from '../testServer.ts';
import { ClientPool } from './ClientPool.ts';
import { EditingClient } from './EditingClient.ts';
import type { ServerProcess } from './startServerProcess.ts';
import { startServerProcess } from './startServerProcess.ts';
import { acknowledged, waitUntil } from './waitUntil.ts';

const SERVER_START_TIMEOUT_MS = 20_000;
const ACKNOWLEDGED_EDITS_PER_CLIENT = 100;

/** Where the killed server keeps its data. */
export interface KillScenarioStorage {
  /** Settings for the server process beside DATA_DIR, such as DATABASE_URL. */
  env: Record<string, string>;
  /** Opens the stores the server process will use, so the test can create users and a project. */
  openStores(dataDir: string, options: StoreOptions): Promise<OpenedStores>;
  /**
   * How often each of the three annotators edits. The server must outpace them now and then,
   * or an edit is never acknowledged: each connection's updates are stored one after another.
   */
  editIntervalsMs: readonly [number, number, number];
}

async function prepareProject(
  storage: KillScenarioStorage,
  dataDir: string,
): Promise<{ documentName: string; users: UserRow[] }> {
  const stores = await storage.openStores(dataDir, { logger: pino({ level: 'silent' }) });
  try {
    const { projectId, itemId } = await createProjectWithItem(stores.metaStore);
    const users: UserRow[] = [];
    for (const name of ['ada', 'grace', 'linus']) {
      users.push(await createMember(stores.metaStore, projectId, name, 'annotator'));
    }
    return { documentName: itemDocumentName(projectId, itemId, 'main'), users };
  } finally {
    stores.documentStore.close();
    await stores.close();
  }
}

async function startEditing(
  pool: ClientPool,
  server: ServerProcess,
  documentName: string,
  users: UserRow[],
  intervalsMs: readonly number[],
): Promise<EditingClient[]> {
  const clients = await Promise.all(
    users.map(async (user) => {
      const provider = pool.open(documentName, await tokenFor(user), {
        url: collabUrlOf(server.port),
      });
      await acknowledged(provider);
      return new EditingClient(provider, user.id);
    }),
  );
  clients.forEach((client, index) => client.start(intervalsMs[index] ?? 2));
  return clients;
}

/**
 * Three annotators edit a server process until each has 100 acknowledged edits; the process is
 * killed with SIGKILL at an arbitrary moment mid-stream, a new one starts on the same storage,
 * and every acknowledged edit must be there.
 */
export async function runKillDuringEditing(storage: KillScenarioStorage): Promise<void> {
  const dataDir = await makeDataDir();
  const pool = new ClientPool('');
  const processes: ServerProcess[] = [];
  const startProcess = async () => {
    const started = await startServerProcess(dataDir, SERVER_START_TIMEOUT_MS, storage.env);
    processes.push(started);
    return started;
  };
  try {
    const { documentName, users } = await prepareProject(storage, dataDir);
    const first = await startProcess();
    const clients = await startEditing(pool, first, documentName, users, storage.editIntervalsMs);
    await waitUntil(
      () => clients.every((client) => client.acknowledgedCount >= ACKNOWLEDGED_EDITS_PER_CLIENT),
      `every client has ${ACKNOWLEDGED_EDITS_PER_CLIENT} acknowledged edits`,
      20_000,
    );
    // Kill at an arbitrary moment in the middle of the stream of edits.
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 50)));
    await first.kill();
    clients.forEach((client) => client.stop());

    const second = await startProcess();
    const reader = pool.open(documentName, await tokenFor(users[0] as UserRow), {
      url: collabUrlOf(second.port),
    });
    await acknowledged(reader);
    const layer = readLayer(reader.document);
    for (const client of clients) {
      expect(client.acknowledgedCount).toBeGreaterThanOrEqual(ACKNOWLEDGED_EDITS_PER_CLIENT);
      expect(client.missingFrom(layer)).toEqual([]);
    }
  } finally {
    pool.destroyAll();
    await Promise.all(processes.map((process) => process.kill()));
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
