import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import { logIn } from './logIn.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';

const LIMIT_BYTES = 64 * 1024;
const LIMIT_MESSAGE = 'the file is larger than the upload limit of 0.06 MB (65536 bytes)';

let server: HttpTestServer;
let token: string;

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await fs
    .readdir(directory, { recursive: true, withFileTypes: true })
    .catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function expectNothingStored(): Promise<void> {
  expect(await server.metaStore.listItems('street')).toEqual([]);
  expect(await filesUnder(path.join(server.dataDir, 'media'))).toEqual([]);
  expect(await filesUnder(path.join(server.dataDir, 'uploads'))).toEqual([]);
}

beforeAll(async () => {
  server = await startHttpTestServer({ maxUploadBytes: LIMIT_BYTES });
  await addMember(server.metaStore, {
    username: 'tia',
    password: 'pw-tia',
    role: 'trainer',
    projectId: 'street',
  });
  token = await logIn(server.url, 'tia', 'pw-tia');
});

afterAll(() => server.close());

describe('an upload over the size limit', () => {
  it('is refused with 413 from its Content-Length, storing nothing', async () => {
    const response = await fetch(`${server.url}/api/projects/street/items?name=big`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'video/mp4' },
      body: new Uint8Array(LIMIT_BYTES + 1),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toEqual({ code: 'too_large', message: LIMIT_MESSAGE });
    await expectNothingStored();
  });

  it('is refused with 413 when streamed without a length, removing what was received', async () => {
    const chunkBytes = 16 * 1024;
    let sentChunks = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sentChunks === 8) return controller.close();
        sentChunks += 1;
        controller.enqueue(new Uint8Array(chunkBytes));
      },
    });
    const response = await fetch(`${server.url}/api/projects/street/items?name=big`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'video/mp4' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toBe(LIMIT_MESSAGE);
    await expectNothingStored();
  });

  it('leaves the server answering the next request normally', async () => {
    const response = await fetch(`${server.url}/api/projects`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ id: 'street', name: 'street', role: 'trainer' }]);
  });
});
