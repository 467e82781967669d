// A benchmark server in its own process, as it runs in production: `concord` is the full server
// (every extension, SQLite log), `bare` is Hocuspocus with no extensions, `stock` is Hocuspocus
// storing the whole document state in SQLite on every change. Prints one JSON line
// {url, token, databasePath} once it listens, then a LoadReport line per document `concord`
// loads; answers memory queries over IPC; exits on SIGTERM.
// `concord` processes can share one data folder through Redis (see startConcord).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Server } from '@hocuspocus/server';
import pino from 'pino';
import { signToken } from '../../server/auth/tokens.ts';
import { parseConfig } from '../../server/config.ts';
import type { RunningServer } from '../../server/main.ts';
import { startServer } from '../../server/main.ts';
import { databasePathOf } from '../../server/storage/openDatabase.ts';
import { COLLAB_PATH } from '../../shared/protocol/http.ts';
import { FullStateSqliteStore } from './FullStateSqliteStore.ts';
import { LoadTimer } from './LoadTimer.ts';
import { answerMemoryQueries } from './answerMemoryQueries.ts';
import { BENCH_ITEM_IDS } from './BENCH_ITEM_IDS.ts';

const SECRET = 'bench-secret-0123456789abcdef';

/** Creates the bench project, item and user unless another process on the same folder did. */
async function seedBench(metaStore: RunningServer['metaStore']) {
  const user = {
    id: 'bench-user',
    username: 'bench',
    name: 'Bench',
    colour: '#336699',
    passwordHash: '$unusable$',
  };
  if (await metaStore.getUser(user.id)) return user;
  await metaStore.createProject({ id: 'bench', name: 'Bench' });
  await metaStore.createItem({ projectId: 'bench', id: 'clip', name: 'clip', mediaId: null });
  for (const id of BENCH_ITEM_IDS) {
    await metaStore.createItem({ projectId: 'bench', id, name: id, mediaId: null });
  }
  await metaStore.createUser(user);
  await metaStore.setMembership('bench', user.id, 'annotator');
  return user;
}

// BENCH_DATA_DIR names a folder several processes share (kept when they stop); BENCH_REDIS_URL
// connects them. Neither is read from REDIS_URL, so a developer's own setting never leaks in.
async function startConcord() {
  const sharedDataDir = process.env.BENCH_DATA_DIR;
  const dataDir = sharedDataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'concord-bench-')));
  const config = parseConfig(
    { REDIS_URL: process.env.BENCH_REDIS_URL },
    { host: '127.0.0.1', port: 0, dataDir, jwtSecret: SECRET, seedDemo: false, logLevel: 'silent' },
  );
  const server = await startServer(config, { logger: pino({ level: 'silent' }) });
  new LoadTimer().register(server.collab.hocuspocus.configuration.extensions);
  const user = await seedBench(server.metaStore);
  const { token } = await signToken(SECRET, user, 3600);
  return {
    url: `ws://127.0.0.1:${server.port}${COLLAB_PATH}`,
    token,
    databasePath: databasePathOf(dataDir),
    async stop() {
      await server.close();
      if (!sharedDataDir) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function startBare() {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  return {
    url: `ws://127.0.0.1:${server.address.port}`,
    token: 'unused',
    databasePath: null,
    stop: () => server.destroy(),
  };
}

// Debounce 0: every change is stored before the next one, as a durable acknowledgement needs;
// Hocuspocus's default (2 s, at most 10 s) stores less often and can lose 10 s of edits.
async function startStock() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'stock-bench-'));
  const databasePath = path.join(dataDir, 'stock.sqlite');
  const store = new FullStateSqliteStore(databasePath);
  const server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: 0,
    extensions: [store],
  });
  await server.listen();
  return {
    url: `ws://127.0.0.1:${server.address.port}`,
    token: 'unused',
    databasePath,
    async stop() {
      await server.destroy();
      store.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

const starters = { concord: startConcord, bare: startBare, stock: startStock };
const running = await starters[process.argv[2] as keyof typeof starters]();
answerMemoryQueries();
process.on('SIGTERM', () => {
  void running.stop().finally(() => process.exit(0));
});
const { url, token, databasePath } = running;
console.log(JSON.stringify({ url, token, databasePath }));
