import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '../../server/auth/tokens.ts';
import type { Config } from '../../server/config.ts';
import { parseConfig } from '../../server/config.ts';
import type { RunningServer, StartOptions } from '../../server/main.ts';
import { startServer } from '../../server/main.ts';
import type { MetaStore, UserRow } from '../../server/storage/MetaStore.ts';
import type { Role } from '../../shared/protocol/http.ts';
import { COLLAB_PATH } from '../../shared/protocol/http.ts';

/** The secret test servers sign tokens with. */
export const TEST_SECRET = 'integration-test-secret-0123456789';

/** A Concord server on port 0 with its own temporary DATA_DIR. */
export interface TestServer {
  server: RunningServer;
  config: Config;
  dataDir: string;
  /** ws:// URL of the collaboration socket. */
  collabUrl: string;
  metaStore: MetaStore;
  /** Stops the server; the data folder is kept until `remove` so a restart can reuse it. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data folder. */
  close(): Promise<void>;
}

/** Config for a test server: loopback, port 0, no demo seeding, silent logs. */
export function testConfig(dataDir: string): Config {
  return parseConfig(
    {},
    {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      jwtSecret: TEST_SECRET,
      seedDemo: false,
      logLevel: 'silent',
    },
  );
}

export function collabUrlOf(port: number): string {
  return `ws://127.0.0.1:${port}${COLLAB_PATH}`;
}

export async function makeDataDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'concord-collab-'));
}

/** Starts a server; pass `dataDir` to restart on the data of a previous one. */
export async function startTestServer(
  options: StartOptions & { dataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await makeDataDir());
  const config = testConfig(dataDir);
  const server = await startServer(config, options);
  const stop = () => server.close();
  return {
    server,
    config,
    dataDir,
    collabUrl: collabUrlOf(server.port),
    metaStore: server.metaStore,
    stop,
    async close() {
      await stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a user with a readable name and a valid presence colour. */
export async function createUser(metaStore: MetaStore, username: string): Promise<UserRow> {
  const user: UserRow = {
    id: `u-${username}-${randomUUID().slice(0, 8)}`,
    username,
    name: `${username[0]?.toUpperCase() ?? ''}${username.slice(1)} Tester`,
    colour: '#2a9d8f',
    // Sockets authenticate with tokens; no test here logs in with a password.
    passwordHash: '$unusable$',
  };
  await metaStore.createUser(user);
  return user;
}

/** Creates a project with one item (no media) and returns the ids. */
export async function createProjectWithItem(
  metaStore: MetaStore,
  projectId = 'street',
  itemId = 'clip-1',
): Promise<{ projectId: string; itemId: string }> {
  if (!(await metaStore.getProject(projectId))) {
    await metaStore.createProject({ id: projectId, name: projectId });
  }
  await metaStore.createItem({ projectId, id: itemId, name: itemId, mediaId: null });
  return { projectId, itemId };
}

/** Creates a user who is a member of the project with `role`. */
export async function createMember(
  metaStore: MetaStore,
  projectId: string,
  username: string,
  role: Role,
): Promise<UserRow> {
  const user = await createUser(metaStore, username);
  await metaStore.setMembership(projectId, user.id, role);
  return user;
}

/** A token for the user, signed with the test secret. */
export async function tokenFor(
  user: UserRow,
  ttlSeconds = 3600,
  nowMs = Date.now(),
): Promise<string> {
  const { token } = await signToken(TEST_SECRET, user, ttlSeconds, nowMs);
  return token;
}
