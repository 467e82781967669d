import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../server/config.ts';
import { startServer } from '../../../server/main.ts';

let dataDir: string | undefined;

afterAll(async () => {
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

async function portNobodyListensOn(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('a server whose REDIS_URL leads nowhere', () => {
  it('refuses to start, saying which Redis it could not reach and what to do', async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-no-redis-'));
    const port = await portNobodyListensOn();
    const config = parseConfig(
      { REDIS_URL: `redis://:hunter2@127.0.0.1:${port}` },
      { host: '127.0.0.1', port: 0, dataDir, seedDemo: false, logLevel: 'silent' },
    );
    const starting = startServer(config, { logger: pino({ level: 'silent' }) });
    await expect(starting).rejects.toThrow(
      new RegExp(
        `^cannot reach Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port} .*; start it or fix REDIS_URL, or unset REDIS_URL to run a single process$`,
      ),
    );
  });
});
