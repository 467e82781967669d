import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import { logIn } from './logIn.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';

let server: HttpTestServer;
let token: string;

function upload(bytes: Uint8Array<ArrayBuffer>, contentType: string): Promise<Response> {
  return fetch(`${server.url}/api/projects/street/items?name=report`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType },
    body: bytes,
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
  token = await logIn(server.url, 'tia', 'pw-tia');
});

afterAll(() => server.close());

describe('an upload that is not media', () => {
  it('is refused with 415 naming what the file starts with, even when labelled video/mp4', async () => {
    const pdf = new TextEncoder().encode(
      '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n',
    );
    const response = await upload(pdf, 'video/mp4');
    expect(response.status).toBe(415);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toEqual({
      code: 'unsupported_media_type',
      message:
        "file starts with '%PDF', which is not a video, audio or image format Concord accepts",
    });
    expect(await server.metaStore.listItems('street')).toEqual([]);
    expect(await fs.readdir(path.join(server.dataDir, 'uploads'))).toEqual([]);
    expect(await fs.readdir(path.join(server.dataDir, 'media'))).toEqual([]);
  });

  it('describes unprintable leading bytes in hex', async () => {
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);
    const response = await upload(gzip, 'video/webm');
    expect(response.status).toBe(415);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toBe(
      'file starts with bytes 1f 8b 08 00, which is not a video, audio or image format Concord accepts',
    );
  });

  it('refuses a PNG that is only its signature as unreadable (422), storing nothing', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const response = await upload(png, 'image/png');
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toEqual({
      code: 'unreadable_media',
      message: 'the PNG file is cut short: it ends at byte 8, before its end chunk (IEND)',
    });
    expect(await server.metaStore.listItems('street')).toEqual([]);
    expect(await fs.readdir(path.join(server.dataDir, 'media'))).toEqual([]);
  });

  it('refuses an MP4 header with no index as unreadable (422), storing nothing', async () => {
    const header = Buffer.alloc(32);
    header.writeUInt32BE(32, 0);
    header.write('ftypisom', 4, 'latin1');
    const response = await upload(header, 'video/mp4');
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('unreadable_media');
    expect(body.error.message).toMatch(/no index \(moov box\)/);
    expect(await server.metaStore.listItems('street')).toEqual([]);
    expect(await fs.readdir(path.join(server.dataDir, 'media'))).toEqual([]);
  });
});
