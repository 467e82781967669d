import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { parseConfig } from '../../server/config.ts';
import type { RunningServer } from '../../server/main.ts';
import { startServer } from '../../server/main.ts';

/** The password the seeded demo users get in browser tests. */
export const DEMO_PASSWORD = 'concord-demo';

/** A Concord server with the demo project seeded, serving the built client, on port 0. */
export interface DemoServer {
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

/** Starts the demo as `npm start` would, in a throw-away data folder. */
export async function startDemoServer(): Promise<DemoServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-e2e-'));
  const config = parseConfig(
    {},
    {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      clientDir: path.resolve(import.meta.dirname, '../../dist/client'),
      seedDemo: true,
      demoPassword: DEMO_PASSWORD,
      logLevel: 'silent',
    },
  );
  const server = await startServer(config, { logger: pino({ level: 'silent' }) });
  return {
    url: server.url,
    server,
    async close() {
      await server.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
