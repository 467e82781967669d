import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEMO_LABELS } from '../../../server/seed/demoLabelSchema.ts';
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
  it('creates the five demo users with distinct colours and returns their logins', async () => {
    expect(seed.created).toBe(true);
    expect(
      seed.logins.map(({ username, role, password }) => ({ username, role, password })),
    ).toEqual([
      { username: 'annotator1', role: 'annotator', password: 'concord-demo' },
      { username: 'annotator2', role: 'annotator', password: 'concord-demo' },
      { username: 'annotator3', role: 'annotator', password: 'concord-demo' },
      { username: 'reviewer', role: 'reviewer', password: 'concord-demo' },
      { username: 'trainer', role: 'trainer', password: 'concord-demo' },
    ]);
    const users = await server.metaStore.listUsers();
    expect(new Set(users.map((user) => user.colour)).size).toBe(5);
    expect(new Set(users.map((user) => user.name)).size).toBe(5);
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

  it('adds the sample speech probed as the audio-only item interview', async () => {
    const item = await server.metaStore.getItem('demo', 'interview');
    const media = await server.metaStore.getMedia(item?.mediaId ?? '');
    expect(item?.name).toBe('Interview (audio only)');
    // The built-in MP4 probe counts the encoder's priming samples (it does not apply edit lists).
    expect(Math.abs((media?.durationMs ?? 0) - 25_000)).toBeLessThan(50);
    expect(media).toMatchObject({
      mimeType: 'audio/mp4',
      frameCount: 0,
      width: 0,
      height: 0,
      hasAudio: true,
    });
  });

  it('adds four frames of the sample video as an image set and one as a single image', async () => {
    const set = await server.metaStore.getItem('demo', 'street-frames');
    const setMedia = await server.metaStore.getMedia(set?.mediaId ?? '');
    expect(setMedia).toMatchObject({
      mimeType: 'image/jpeg',
      frameCount: 4,
      width: 640,
      height: 360,
    });
    const frames = await server.metaStore.listMediaFrames(setMedia?.id ?? '');
    expect(frames.map((frame) => frame.originalName)).toEqual([
      'frame-000.jpg',
      'frame-150.jpg',
      'frame-300.jpg',
      'frame-450.jpg',
    ]);
    const still = await server.metaStore.getItem('demo', 'street-still');
    const stillMedia = await server.metaStore.getMedia(still?.mediaId ?? '');
    expect(stillMedia).toMatchObject({ mimeType: 'image/png', frameCount: 1, durationMs: 1000 });
  });

  it('logs the label schema: labels with attributes, tiers, the skeleton and relation types', async () => {
    const replayed = new Y.Doc();
    for (const entry of await server.documentStore.readLog('demo/_/schema')) {
      Y.applyUpdate(replayed, entry.update);
    }
    const schema = readLabelSchema(replayed);
    expect(schema.violations).toEqual([]);
    expect(schema.labels).toEqual(
      [...DEMO_LABELS].sort((left, right) => left.name.localeCompare(right.name)),
    );
    expect(schema.labels.map((label) => label.hotkey)).toEqual(['3', '2', '4', '1']);
    expect(schema.tiers).toEqual([
      { id: 'details', name: 'Details', kind: 'segments', parentId: 'events' },
      { id: 'events', name: 'Events', kind: 'segments' },
      { id: 'transcript', name: 'Transcript', kind: 'transcript' },
    ]);
    expect(schema.skeletons.map((skeleton) => [skeleton.id, skeleton.points.length])).toEqual([
      ['body', 6],
    ]);
    expect(schema.relationTypes.map((relation) => relation.id)).toEqual([
      'mentions',
      'rides',
      'walks',
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
    expect(again.logins).toHaveLength(5);
    expect(await server.metaStore.listUsers()).toHaveLength(5);
    expect(await server.metaStore.listItems('demo')).toHaveLength(6);
  });

  it('seeds an item both annotators labelled blind, for the reviewer to adjudicate', async () => {
    const assignments = await server.metaStore.listAssignmentsOfItem('demo', 'street-review');
    expect(assignments.map(({ id, mode }) => [id, mode]).sort()).toEqual([
      ['demo-annotator1', 'blind'],
      ['demo-annotator2', 'blind'],
    ]);
    const video = await server.metaStore.getItem('demo', 'street');
    expect((await server.metaStore.getItem('demo', 'street-review'))?.mediaId).toBe(video?.mediaId);
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
