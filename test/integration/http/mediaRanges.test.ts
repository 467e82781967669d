import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import { logIn } from './logIn.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';
import { DEMO_MEDIA_PATH, uploadDemoMedia } from './uploadMedia.ts';

let server: HttpTestServer;
let token: string;
let mediaUrl: string;
let original: Buffer;

function getMedia(headers: Record<string, string>, method = 'GET'): Promise<Response> {
  return fetch(`${server.url}${mediaUrl}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...headers },
  });
}

async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
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
  const item = await uploadDemoMedia(server.url, token, 'street', 'clip');
  mediaUrl = item.media?.url ?? '';
  original = await fs.readFile(DEMO_MEDIA_PATH);
});

afterAll(() => server.close());

describe('GET /media/:mediaId', () => {
  it('returns the whole file with its type, length, ETag and Accept-Ranges', async () => {
    const response = await getMedia({});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-length')).toBe(String(original.length));
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect((await bytesOf(response)).equals(original)).toBe(true);
  });

  it('returns exactly the bytes of a closed range with 206 and Content-Range', async () => {
    const response = await getMedia({ Range: 'bytes=1000-1999' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 1000-1999/${original.length}`);
    expect(response.headers.get('content-length')).toBe('1000');
    expect((await bytesOf(response)).equals(original.subarray(1000, 2000))).toBe(true);
  });

  it('returns the rest of the file for an open-ended range', async () => {
    const start = original.length - 5000;
    const response = await getMedia({ Range: `bytes=${start}-` });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(
      `bytes ${start}-${original.length - 1}/${original.length}`,
    );
    expect((await bytesOf(response)).equals(original.subarray(start))).toBe(true);
  });

  it('returns the last n bytes for a suffix range', async () => {
    const response = await getMedia({ Range: 'bytes=-500' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(
      `bytes ${original.length - 500}-${original.length - 1}/${original.length}`,
    );
    expect((await bytesOf(response)).equals(original.subarray(original.length - 500))).toBe(true);
  });

  it('clamps a range that runs past the end to the last byte', async () => {
    const response = await getMedia({
      Range: `bytes=${original.length - 10}-${original.length + 1000}`,
    });
    expect(response.status).toBe(206);
    expect((await bytesOf(response)).equals(original.subarray(original.length - 10))).toBe(true);
  });

  it('answers 416 with the file size for a range that starts past the end', async () => {
    const response = await getMedia({ Range: `bytes=${original.length}-` });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${original.length}`);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toBe(
      `the requested range is outside the file, which is ${original.length} bytes long`,
    );
  });

  it('answers 416 for an empty suffix range', async () => {
    const response = await getMedia({ Range: 'bytes=-0' });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${original.length}`);
  });

  it('sends the whole file when If-Range names another version', async () => {
    const response = await getMedia({ Range: 'bytes=0-9', 'If-Range': '"something-else"' });
    expect(response.status).toBe(200);
    expect((await bytesOf(response)).length).toBe(original.length);
  });

  it('answers 304 when the ETag is already held', async () => {
    const etag = (await getMedia({}, 'HEAD')).headers.get('etag') ?? '';
    const response = await getMedia({ 'If-None-Match': etag });
    expect(response.status).toBe(304);
  });

  it('is authorised by the login cookie alone, as a <video> element sends it', async () => {
    const response = await fetch(`${server.url}${mediaUrl}`, {
      headers: { Cookie: `concord_token=${token}`, Range: 'bytes=0-7' },
    });
    expect(response.status).toBe(206);
    expect((await bytesOf(response)).equals(original.subarray(0, 8))).toBe(true);
  });

  it('refuses a request without a token with 401', async () => {
    const response = await fetch(`${server.url}${mediaUrl}`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toBe('no token given; log in first');
  });
});
