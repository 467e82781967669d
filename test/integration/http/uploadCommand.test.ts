import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from './addMember.ts';
import { makeGreyPng } from './sampleImages.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';

const CLI = fileURLToPath(new URL('../../../server/cli.ts', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));

let server: HttpTestServer;
let folder: string;

/** Runs `concord upload` as the trainer, as a person would from a shell. */
function upload(itemId: string, files: string[], extra: string[] = []) {
  const args = [
    ...['upload', '--url', server.url, '--user', 'tia', '--password', 'pw-tia'],
    ...['--project', 'street', '--item', itemId, ...extra, ...files],
  ];
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  server = await startHttpTestServer();
  await addMember(server.metaStore, {
    username: 'tia',
    password: 'pw-tia',
    role: 'trainer',
    projectId: 'street',
  });
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-upload-'));
});

afterAll(async () => {
  await server.close();
  await fs.rm(folder, { recursive: true, force: true });
});

describe('concord upload', () => {
  it('adds one image as an image item', async () => {
    const result = await upload(
      'still',
      [path.join(SAMPLES, 'street-still.png')],
      ['--name', 'Still'],
    );
    expect(result).toEqual({
      code: 0,
      stdout: 'added street/still (Still): an image, 640×360\n',
      stderr: '',
    });
  });

  it('adds several images as an image set, in the order given', async () => {
    const frames = ['frame-450.jpg', 'frame-000.jpg'].map((name) =>
      path.join(SAMPLES, 'street-frames', name),
    );
    const result = await upload('pair', frames);
    expect(result.stdout).toBe('added street/pair (pair): an image set of 2 images, 640×360\n');
    const item = await server.metaStore.getItem('street', 'pair');
    const images = await server.metaStore.listMediaFrames(item?.mediaId ?? '');
    expect(images.map((image) => image.originalName)).toEqual(['frame-450.jpg', 'frame-000.jpg']);
  });

  it('reports the server refusing a set of mixed sizes, with exit code 1', async () => {
    const small = path.join(folder, 'small.png');
    await fs.writeFile(small, makeGreyPng(64, 36));
    const result = await upload('mixed', [path.join(SAMPLES, 'street-still.png'), small]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `concord: uploading ${path.join(SAMPLES, 'street-still.png')}, ${small} failed: image 2 ('small.png') is 64×36 pixels, but image 1 ('street-still.png') is 640×360: every image of a set must have the same size\n`,
    );
    expect(await server.metaStore.getItem('street', 'mixed')).toBeUndefined();
  });

  it('stops before logging in when a file cannot be read, with exit code 2', async () => {
    const missing = path.join(folder, 'missing.png');
    const result = await upload('nothing', [missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^concord: cannot read .*missing\.png: ENOENT/);
  });
});
