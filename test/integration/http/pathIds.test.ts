import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import { logIn } from './logIn.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';

let server: HttpTestServer;
let token: string;

async function get(pathname: string): Promise<{ status: number; body: ErrorBody }> {
  const response = await fetch(`${server.url}${pathname}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

beforeAll(async () => {
  server = await startHttpTestServer();
  await addMember(server.metaStore, {
    username: 'cy',
    password: 'pw-cy',
    role: 'admin',
    projectId: 'street',
  });
  token = await logIn(server.url, 'cy', 'pw-cy');
});

afterAll(() => server.close());

describe('ids in paths', () => {
  it('refuses a malformed project id with 400 naming the project id', async () => {
    const { status, body } = await get('/api/projects/Street!/items');
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'invalid_id',
      field: 'projectId',
      message: 'project id "Street!" in the path must match ^[a-z0-9][a-z0-9_-]{0,63}$',
    });
  });

  it('refuses a malformed item id with 400 naming the item id', async () => {
    const { status, body } = await get('/api/projects/street/items/_');
    expect(status).toBe(400);
    expect(body.error.field).toBe('itemId');
    expect(body.error.message).toBe(
      'item id "_" in the path must match ^[a-z0-9][a-z0-9_-]{0,63}$',
    );
  });

  it('refuses an id longer than 64 characters', async () => {
    const { status, body } = await get(`/api/projects/${'a'.repeat(65)}/items`);
    expect(status).toBe(400);
    expect(body.error.field).toBe('projectId');
  });

  it('refuses a malformed media id with 400 naming the media id', async () => {
    const { status, body } = await get('/media/not%20an%20id');
    expect(status).toBe(400);
    expect(body.error.field).toBe('mediaId');
    expect(body.error.message).toBe(
      'media id "not an id" in the path must match ^[A-Za-z0-9_-]{1,64}$',
    );
  });
});
