import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import { logIn } from './logIn.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';
import { uploadDemoMedia } from './uploadMedia.ts';

let server: HttpTestServer;
let outsiderToken: string;
let mediaUrl: string;

async function getAsOutsider(pathname: string): Promise<{ status: number; body: ErrorBody }> {
  const response = await fetch(`${server.url}${pathname}`, {
    headers: { Authorization: `Bearer ${outsiderToken}` },
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

beforeAll(async () => {
  server = await startHttpTestServer();
  await addMember(server.metaStore, {
    username: 'tia',
    password: 'pw-tia',
    role: 'trainer',
    projectId: 'street',
  });
  await addMember(server.metaStore, {
    username: 'oz',
    password: 'pw-oz',
    role: 'admin',
    projectId: 'other',
  });
  const item = await uploadDemoMedia(
    server.url,
    await logIn(server.url, 'tia', 'pw-tia'),
    'street',
    'clip',
  );
  mediaUrl = item.media?.url ?? '';
  outsiderToken = await logIn(server.url, 'oz', 'pw-oz');
});

afterAll(() => server.close());

describe('a user who is not a member of a project', () => {
  it('does not see it in their project list', async () => {
    const response = await fetch(`${server.url}/api/projects`, {
      headers: { Authorization: `Bearer ${outsiderToken}` },
    });
    expect(await response.json()).toEqual([{ id: 'other', name: 'other', role: 'admin' }]);
  });

  it('gets 404 for its items, worded as for a project that does not exist', async () => {
    const existing = await getAsOutsider('/api/projects/street/items');
    const missing = await getAsOutsider('/api/projects/nowhere/items');
    expect(existing.status).toBe(404);
    expect(existing.body.error.message).toBe(
      "project 'street' does not exist or you are not a member of it",
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      "project 'nowhere' does not exist or you are not a member of it",
    );
  });

  it('gets 404 for one of its items', async () => {
    const { status, body } = await getAsOutsider('/api/projects/street/items/clip');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('gets 404 for its media, even with a valid media id', async () => {
    const { status, body } = await getAsOutsider(mediaUrl);
    expect(status).toBe(404);
    expect(body.error.message).toBe(`there is no media '${mediaUrl.split('/').pop()}' you can see`);
  });

  it('cannot upload into it (404, not 403)', async () => {
    const response = await fetch(`${server.url}/api/projects/street/items?name=sneaky`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${outsiderToken}` },
      body: new Uint8Array(64),
    });
    expect(response.status).toBe(404);
    expect(await server.metaStore.getItem('street', 'sneaky')).toBeUndefined();
  });
});
