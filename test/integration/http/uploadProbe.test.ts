import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, ItemSummary } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import { logIn } from './logIn.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';
import { DEMO_MEDIA_PATH, readDemoManifest, uploadDemoMedia } from './uploadMedia.ts';

let server: HttpTestServer;
let trainerToken: string;
let annotatorToken: string;

beforeAll(async () => {
  server = await startHttpTestServer();
  await addMember(server.metaStore, {
    username: 'tia',
    password: 'pw-tia',
    role: 'trainer',
    projectId: 'street',
  });
  await addMember(server.metaStore, {
    username: 'ann',
    password: 'pw-ann',
    role: 'annotator',
    projectId: 'street',
  });
  trainerToken = await logIn(server.url, 'tia', 'pw-tia');
  annotatorToken = await logIn(server.url, 'ann', 'pw-ann');
});

afterAll(() => server.close());

describe('uploading the demo video', () => {
  it('probes its duration, frame rate, frame count, size and audio', async () => {
    const manifest = await readDemoManifest();
    const item = await uploadDemoMedia(server.url, trainerToken, 'street', 'Street scene.mp4');
    expect(item.id).toBe('street-scene-mp4');
    expect(item.name).toBe('Street scene.mp4');
    expect(item.media).toMatchObject({
      mimeType: 'video/mp4',
      durationMs: manifest.durationMs,
      frameRate: manifest.frameRate,
      frameCount: manifest.frameCount,
      width: manifest.width,
      height: manifest.height,
      hasAudio: true,
    });
    expect(item.media?.url).toBe(`/media/${item.media?.id}`);
  });

  it('keeps an exact copy of the bytes in the data folder and lists the item', async () => {
    const original = await fs.readFile(DEMO_MEDIA_PATH);
    const [listed] = await server.metaStore.listItems('street');
    const media = await server.metaStore.getMedia(listed?.mediaId ?? '');
    const stored = await fs.readFile(path.join(server.dataDir, 'media', media?.fileName ?? ''));
    expect(stored.equals(original)).toBe(true);
    expect(media?.sha256).toBe(createHash('sha256').update(original).digest('hex'));

    const response = await fetch(`${server.url}/api/projects/street/items`, {
      headers: { Authorization: `Bearer ${annotatorToken}` },
    });
    expect(response.status).toBe(200);
    const items = (await response.json()) as ItemSummary[];
    expect(items.map((item) => item.id)).toEqual(['street-scene-mp4']);
  });

  it('gives a second upload of the same name its own id', async () => {
    const item = await uploadDemoMedia(server.url, trainerToken, 'street', 'Street scene.mp4');
    expect(item.id).toBe('street-scene-mp4-2');
  });

  it('refuses an id that is taken with 409 naming the id', async () => {
    const response = await fetch(
      `${server.url}/api/projects/street/items?name=again&id=street-scene-mp4`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${trainerToken}` },
        body: await fs.readFile(DEMO_MEDIA_PATH),
      },
    );
    expect(response.status).toBe(409);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toEqual({
      code: 'item_exists',
      field: 'id',
      message: "project 'street' already has an item 'street-scene-mp4'; choose another id",
    });
  });

  it('refuses an upload without a name with 400 naming the field', async () => {
    const response = await fetch(`${server.url}/api/projects/street/items`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${trainerToken}` },
      body: new Uint8Array(16),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.field).toBe('name');
    expect(body.error.message).toBe('name: the item needs a name: add ?name=<name> to the URL');
  });

  it('refuses annotators with 403', async () => {
    const response = await fetch(`${server.url}/api/projects/street/items?name=mine`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${annotatorToken}` },
      body: await fs.readFile(DEMO_MEDIA_PATH),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toBe(
      "only admins and trainers can add items to project 'street'; your role is annotator",
    );
    expect(await server.metaStore.getItem('street', 'mine')).toBeUndefined();
  });
});
