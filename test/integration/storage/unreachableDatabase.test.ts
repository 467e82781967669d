import fs from 'node:fs/promises';
import net from 'node:net';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../server/config.ts';
import { startServer } from '../../../server/main.ts';
import { makeDataDir, testConfig } from '../testServer.ts';

const dataDirs: string[] = [];

afterEach(async () => {
  await Promise.all(dataDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
  dataDirs.length = 0;
});

/** A loopback port nothing listens on: bound once to pick it, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('DATABASE_URL', () => {
  it('stops the start with the database named, password hidden, when PostgreSQL cannot be reached', async () => {
    const dataDir = await makeDataDir();
    dataDirs.push(dataDir);
    const port = await closedPort();
    const config = {
      ...testConfig(dataDir),
      databaseUrl: `postgres://concord:hunter2-secret@127.0.0.1:${port}/concord`,
    };
    const starting = startServer(config, { logger: pino({ level: 'silent' }) });

    await expect(starting).rejects.toThrow(
      `cannot reach PostgreSQL at postgres://concord:***@127.0.0.1:${port}/concord`,
    );
    await expect(starting).rejects.toThrow(/ECONNREFUSED.*fix DATABASE_URL/);
    await expect(starting).rejects.not.toThrow(/hunter2/);
  });

  it('refuses a URL that is not PostgreSQL, saying what it should look like', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://root@127.0.0.1/concord' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL, like postgres:\/\//,
    );
    expect(parseConfig({}).databaseUrl).toBeNull();
    expect(parseConfig({ DATABASE_URL: 'postgresql://db.internal/concord' }).databaseUrl).toBe(
      'postgresql://db.internal/concord',
    );
  });
});
