import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, ItemSummary } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import { logIn } from './logIn.ts';
import {
  makeGreyPng,
  readItemDetail,
  readSampleSet,
  readSampleStill,
  uploadImageSet,
} from './sampleImages.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';

let server: HttpTestServer;
let trainer: string;
let annotator: string;
let outsider: string;

function get(pathname: string, token: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${pathname}`, {
    headers: { Authorization: `Bearer ${token}`, ...headers },
  });
}

async function errorOf(response: Response): Promise<ErrorBody['error']> {
  return ((await response.json()) as ErrorBody).error;
}

async function expectNothingStored(): Promise<void> {
  expect((await server.metaStore.listItems('street')).map((item) => item.id)).toEqual(
    expect.not.arrayContaining(['refused']),
  );
  expect(await fs.readdir(path.join(server.dataDir, 'media'))).toEqual(storedFiles);
  expect(await fs.readdir(path.join(server.dataDir, 'uploads')).catch(() => [])).toEqual([]);
}

let storedFiles: string[] = [];

beforeAll(async () => {
  server = await startHttpTestServer();
  const members = [
    { username: 'tia', role: 'trainer', projectId: 'street' },
    { username: 'ann', role: 'annotator', projectId: 'street' },
    { username: 'out', role: 'admin', projectId: 'elsewhere' },
  ] as const;
  for (const member of members) {
    await addMember(server.metaStore, { ...member, password: `pw-${member.username}` });
  }
  trainer = await logIn(server.url, 'tia', 'pw-tia');
  annotator = await logIn(server.url, 'ann', 'pw-ann');
  outsider = await logIn(server.url, 'out', 'pw-out');
});

afterAll(() => server.close());

describe('uploading a single image', () => {
  let item: ItemSummary;

  it('makes an item of one frame at 1 frame per second', async () => {
    const response = await fetch(`${server.url}/api/projects/street/items?name=Still&id=still`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${trainer}`, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(readSampleStill()),
    });
    expect(response.status).toBe(201);
    item = (await response.json()) as ItemSummary;
    expect(item.media).toMatchObject({
      kind: 'image',
      mimeType: 'image/png',
      width: 640,
      height: 360,
      frameCount: 1,
      frameRate: { num: 1, den: 1 },
      durationMs: 1000,
      hasAudio: false,
    });
  });

  it('lists its one image in the item detail and serves it with a strong ETag', async () => {
    const detail = await readItemDetail(server.url, annotator, 'street', 'still');
    const mediaId = item.media?.id ?? '';
    expect(detail.media?.images).toEqual([
      {
        index: 0,
        url: `/media/${mediaId}/frames/0`,
        name: null,
        mimeType: 'image/png',
        width: 640,
        height: 360,
        sizeBytes: readSampleStill().length,
      },
    ]);
    const image = await get(`/media/${mediaId}/frames/0`, annotator);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    const etag = image.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(Buffer.from(await image.arrayBuffer()).equals(readSampleStill())).toBe(true);
    expect(
      (await get(`/media/${mediaId}/frames/0`, annotator, { 'If-None-Match': etag })).status,
    ).toBe(304);
    expect((await get(`/media/${mediaId}`, annotator)).headers.get('etag')).toBe(etag);
  });
});

describe('uploading an image set', () => {
  let item: ItemSummary;
  const sampleSet = readSampleSet();

  it('makes an item whose frame i is the i-th image sent', async () => {
    const response = await uploadImageSet(
      server.url,
      trainer,
      'street',
      'name=Frames&id=frames',
      sampleSet,
    );
    expect(response.status).toBe(201);
    item = (await response.json()) as ItemSummary;
    expect(item.media).toMatchObject({
      kind: 'image',
      mimeType: 'image/jpeg',
      width: 640,
      height: 360,
      frameCount: 4,
      frameRate: { num: 1, den: 1 },
      durationMs: 4000,
    });
    const detail = await readItemDetail(server.url, trainer, 'street', 'frames');
    expect(detail.media?.images?.map((image) => [image.index, image.name])).toEqual([
      [0, 'frame-000.jpg'],
      [1, 'frame-150.jpg'],
      [2, 'frame-300.jpg'],
      [3, 'frame-450.jpg'],
    ]);
    storedFiles = (await fs.readdir(path.join(server.dataDir, 'media'))).sort();
  });

  it('serves each image at its frame, with its own ETag', async () => {
    const mediaId = item.media?.id ?? '';
    const etags = new Set<string>();
    for (const [index, image] of sampleSet.entries()) {
      const response = await get(`/media/${mediaId}/frames/${index}`, annotator);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(Buffer.from(await response.arrayBuffer()).equals(image.bytes)).toBe(true);
      etags.add(response.headers.get('etag') ?? '');
    }
    expect(etags.size).toBe(4);
  });

  it('answers an image index past the set or not a number with a reason', async () => {
    const mediaId = item.media?.id ?? '';
    const past = await get(`/media/${mediaId}/frames/4`, annotator);
    expect(past.status).toBe(404);
    expect((await errorOf(past)).message).toBe(
      `media '${mediaId}' has 4 images (0–3); there is no image 4`,
    );
    const text = await get(`/media/${mediaId}/frames/01`, annotator);
    expect(text.status).toBe(400);
    expect((await errorOf(text)).field).toBe('index');
  });

  it('hides the images from people outside the project', async () => {
    const mediaId = item.media?.id ?? '';
    const response = await get(`/media/${mediaId}/frames/0`, outsider);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toBe(`there is no media '${mediaId}' you can see`);
    expect((await fetch(`${server.url}/media/${mediaId}/frames/0`)).status).toBe(401);
  });
});

describe('refusing bad image uploads, storing nothing', () => {
  const [first, second] = readSampleSet() as [
    { name: string; bytes: Buffer },
    { name: string; bytes: Buffer },
  ];

  async function refused(images: Array<{ name: string; bytes: Uint8Array }>, token = trainer) {
    const response = await uploadImageSet(
      server.url,
      token,
      'street',
      'name=Refused&id=refused',
      images,
    );
    const error = await errorOf(response);
    await expectNothingStored();
    return { status: response.status, error };
  }

  it('refuses an annotator, who may not add items', async () => {
    expect((await refused([first], annotator)).status).toBe(403);
  });

  it('names the image that is cut short', async () => {
    const cut = { name: second.name, bytes: second.bytes.subarray(0, 3000) };
    expect(await refused([first, cut])).toEqual({
      status: 422,
      error: {
        code: 'unreadable_media',
        message: expect.stringMatching(/^image 2 \('frame-150\.jpg'\): the JPEG file is cut short/),
      },
    });
  });

  it('names a part that is not an image', async () => {
    const pdf = { name: 'notes.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n') };
    expect(await refused([first, pdf])).toEqual({
      status: 415,
      error: {
        code: 'unsupported_media_type',
        message:
          "image 2 ('notes.pdf'): file starts with '%PDF', which is not a video, audio or image format Concord accepts; an image set takes PNG, JPEG and WebP images only",
      },
    });
    const video = {
      name: 'clip.mp4',
      bytes: await fs.readFile(new URL('../../../samples/demo.mp4', import.meta.url)),
    };
    expect((await refused([video])).error.message).toBe(
      "image 1 ('clip.mp4') is MP4 media, not an image; an image set takes PNG, JPEG and WebP images only",
    );
  });

  it('refuses images of different sizes, naming both', async () => {
    const small = { name: 'small.png', bytes: makeGreyPng(320, 180) };
    expect(await refused([first, second, small])).toEqual({
      status: 422,
      error: {
        code: 'invalid_image_set',
        message:
          "image 3 ('small.png') is 320×180 pixels, but image 1 ('frame-000.jpg') is 640×360: every image of a set must have the same size",
      },
    });
  });

  it('refuses form fields that are not images', async () => {
    const form = new FormData();
    form.append('images', new Blob([new Uint8Array(first.bytes)]), first.name);
    form.append('caption', 'street');
    const response = await fetch(
      `${server.url}/api/projects/street/items?name=Refused&id=refused`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${trainer}` },
        body: form,
      },
    );
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'invalid_request', field: 'caption' });
    await expectNothingStored();
  });

  it('refuses an item id already taken before reading the images', async () => {
    const response = await uploadImageSet(server.url, trainer, 'street', 'name=Again&id=frames', [
      first,
    ]);
    expect(response.status).toBe(409);
    await expectNothingStored();
  });
});

describe('an image set over the upload limit', () => {
  it('is refused with 413, storing nothing', async () => {
    const limited = await startHttpTestServer({ maxUploadBytes: 20_000 });
    try {
      await addMember(limited.metaStore, {
        username: 'tia',
        password: 'pw-tia',
        role: 'trainer',
        projectId: 'street',
      });
      const token = await logIn(limited.url, 'tia', 'pw-tia');
      const response = await uploadImageSet(
        limited.url,
        token,
        'street',
        'name=Big',
        readSampleSet(),
      );
      expect(response.status).toBe(413);
      expect((await errorOf(response)).code).toBe('too_large');
      expect(await limited.metaStore.listItems('street')).toEqual([]);
      expect(await fs.readdir(path.join(limited.dataDir, 'media')).catch(() => [])).toEqual([]);
    } finally {
      await limited.close();
    }
  });
});
