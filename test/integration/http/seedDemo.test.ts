import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readLabelSchema } from '../../../shared/doc/projectSchemaDoc.ts';
import { verifyPassword } from '../../../server/auth/passwords.ts';
import type { Config } from '../../../server/config.ts';
import { parseConfig } from '../../../server/config.ts';
import type { RunningServer } from '../../../server/main.ts';
import { startServer } from '../../../server/main.ts';
import type { DemoSeed } from '../../../server/seed/seedDemo.ts';
import { seedDemo } from '../../../server/seed/seedDemo.ts';
import { logIn } from './logIn.ts';
import { readDemoManifest } from './uploadMedia.ts';

const silent = pino({ level: 'silent' });

let dataDir: string;
let config: Config;
let server: RunningServer;
let seed: DemoSeed;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-seed-'));
  config = parseConfig(
    {},
    { host: '127.0.0.1', port: 0, dataDir, seedDemo: false, logLevel: 'silent' },
  );
  server = await startServer(config, { logger: silent });
  seed = await seedDemo({
    config,
    metaStore: server.metaStore,
    collab: server.collab,
    logger: silent,
  });
});

afterAll(async () => {
  await server.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('seeding the demo on an empty database', () => {
  it('creates the four demo users with distinct colours and returns their logins', async () => {
    expect(seed.created).toBe(true);
    expect(
      seed.logins.map(({ username, role, password }) => ({ username, role, password })),
    ).toEqual([
      { username: 'annotator1', role: 'annotator', password: 'concord-demo' },
      { username: 'annotator2', role: 'annotator', password: 'concord-demo' },
      { username: 'reviewer', role: 'reviewer', password: 'concord-demo' },
      { username: 'trainer', role: 'trainer', password: 'concord-demo' },
    ]);
    const users = await server.metaStore.listUsers();
    expect(new Set(users.map((user) => user.colour)).size).toBe(4);
    expect(new Set(users.map((user) => user.name)).size).toBe(4);
    for (const user of users) {
      expect(await verifyPassword('concord-demo', user.passwordHash)).toBe(true);
    }
  });

  it('adds the demo project with the sample video probed as item street', async () => {
    const manifest = await readDemoManifest();
    expect(await server.metaStore.getProject('demo')).toEqual({
      id: 'demo',
      name: 'Demo: street scene',
    });
    const item = await server.metaStore.getItem('demo', 'street');
    const media = await server.metaStore.getMedia(item?.mediaId ?? '');
    expect(media).toMatchObject({
      mimeType: 'video/mp4',
      durationMs: manifest.durationMs,
      frameRate: manifest.frameRate,
      frameCount: manifest.frameCount,
      width: manifest.width,
      height: manifest.height,
      hasAudio: true,
    });
  });

  it('logs the label schema with four labels and two tiers', async () => {
    const replayed = new Y.Doc();
    for (const entry of await server.documentStore.readLog('demo/_/schema')) {
      Y.applyUpdate(replayed, entry.update);
    }
    const schema = readLabelSchema(replayed);
    expect(schema.labels).toEqual([
      { id: 'bicycle', name: 'bicycle', colour: '#4363d8', hotkey: '3' },
      { id: 'car', name: 'car', colour: '#3cb44b', hotkey: '2' },
      { id: 'dog', name: 'dog', colour: '#f58231', hotkey: '4' },
      { id: 'person', name: 'person', colour: '#e6194b', hotkey: '1' },
    ]);
    expect(schema.tiers).toEqual([
      { id: 'events', name: 'Events', kind: 'segments' },
      { id: 'transcript', name: 'Transcript', kind: 'transcript' },
    ]);
  });

  it('lets a demo user log in over HTTP and see the demo project', async () => {
    const token = await logIn(server.url, 'reviewer', 'concord-demo');
    const response = await fetch(`${server.url}/api/projects`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await response.json()).toEqual([
      { id: 'demo', name: 'Demo: street scene', role: 'reviewer' },
    ]);
  });

  it('changes nothing when run again, and still lists the logins', async () => {
    const again = await seedDemo({
      config,
      metaStore: server.metaStore,
      collab: server.collab,
      logger: silent,
    });
    expect(again.created).toBe(false);
    expect(again.logins).toHaveLength(4);
    expect(await server.metaStore.listUsers()).toHaveLength(4);
    expect(await server.metaStore.listItems('demo')).toHaveLength(1);
  });
});

describe('seeding the demo with DEMO_PASSWORD set', () => {
  it('gives every demo user that password instead of the default', async () => {
    const otherDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-seed-'));
    const otherConfig = parseConfig(
      { DEMO_PASSWORD: 'a-better-secret' },
      { host: '127.0.0.1', port: 0, dataDir: otherDataDir, seedDemo: true, logLevel: 'silent' },
    );
    const other = await startServer(otherConfig, { logger: silent });
    try {
      await expect(logIn(other.url, 'trainer', 'a-better-secret')).resolves.toMatch(/^ey/);
      await expect(logIn(other.url, 'trainer', 'concord-demo')).rejects.toThrow(/401/);
    } finally {
      await other.close();
      await fs.rm(otherDataDir, { recursive: true, force: true });
    }
  });
});
