import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Config } from '../../../server/config.ts';
import { parseConfig } from '../../../server/config.ts';
import { startServer } from '../../../server/main.ts';
import type { MetaStore } from '../../../server/storage/MetaStore.ts';

/** A whole Concord server on port 0 over a real SQLite database in a fresh temporary folder. */
export interface HttpTestServer {
  url: string;
  dataDir: string;
  config: Config;
  metaStore: MetaStore;
  /** Stops the server and deletes its data folder. */
  close(): Promise<void>;
}

/** Starts a server without the demo; the token secret is generated into its data folder. */
export async function startHttpTestServer(
  overrides: Partial<Config> = {},
): Promise<HttpTestServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-http-'));
  const config = parseConfig(
    {},
    {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      clientDir: path.join(dataDir, 'client'),
      seedDemo: false,
      logLevel: 'silent',
      ...overrides,
    },
  );
  const server = await startServer(config, { logger: pino({ level: 'silent' }) });
  return {
    url: server.url,
    dataDir,
    config,
    metaStore: server.metaStore,
    async close() {
      await server.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
