// A server for the edit-propagation benchmark in its own process, as it runs in production:
// `concord` is the full server (every extension, SQLite log), `bare` is Hocuspocus with no
// extensions. Prints one JSON line {url, token} once it listens; exits on SIGTERM.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Server } from '@hocuspocus/server';
import pino from 'pino';
import { signToken } from '../../server/auth/tokens.ts';
import { parseConfig } from '../../server/config.ts';
import { startServer } from '../../server/main.ts';
import { COLLAB_PATH } from '../../shared/protocol/http.ts';

const SECRET = 'bench-secret-0123456789abcdef';

async function startConcord() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-bench-'));
  const config = parseConfig(
    {},
    { host: '127.0.0.1', port: 0, dataDir, jwtSecret: SECRET, seedDemo: false, logLevel: 'silent' },
  );
  const server = await startServer(config, { logger: pino({ level: 'silent' }) });
  await server.metaStore.createProject({ id: 'bench', name: 'Bench' });
  await server.metaStore.createItem({
    projectId: 'bench',
    id: 'clip',
    name: 'clip',
    mediaId: null,
  });
  const user = {
    id: 'bench-user',
    username: 'bench',
    name: 'Bench',
    colour: '#336699',
    passwordHash: '$unusable$',
  };
  await server.metaStore.createUser(user);
  await server.metaStore.setMembership('bench', user.id, 'annotator');
  const { token } = await signToken(SECRET, user, 3600);
  return {
    url: `ws://127.0.0.1:${server.port}${COLLAB_PATH}`,
    token,
    async stop() {
      await server.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function startBare() {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  return {
    url: `ws://127.0.0.1:${server.address.port}`,
    token: 'unused',
    stop: () => server.destroy(),
  };
}

const running = process.argv[2] === 'bare' ? await startBare() : await startConcord();
process.on('SIGTERM', () => {
  void running.stop().finally(() => process.exit(0));
});
console.log(JSON.stringify({ url: running.url, token: running.token }));
