import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import { signToken } from '../../../server/auth/tokens.ts';
import { loadOrCreateSecret } from '../../../server/auth/loadOrCreateSecret.ts';
import { addMember } from './addMember.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';

let server: HttpTestServer;
let user: { id: string; username: string };

async function getProjects(
  headers: Record<string, string>,
): Promise<{ status: number; body: ErrorBody }> {
  const response = await fetch(`${server.url}/api/projects`, { headers });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

beforeAll(async () => {
  server = await startHttpTestServer();
  const id = await addMember(server.metaStore, {
    username: 'ben',
    password: 'pass-for-ben',
    role: 'annotator',
    projectId: 'street',
  });
  user = { id, username: 'ben' };
});

afterAll(() => server.close());

describe('tokens on /api', () => {
  it('refuses a request without a token', async () => {
    const { status, body } = await getProjects({});
    expect(status).toBe(401);
    expect(body.error).toEqual({ code: 'unauthorized', message: 'no token given; log in first' });
  });

  it('refuses an expired token', async () => {
    const secret = loadOrCreateSecret(server.config);
    const dayAgoMs = Date.now() - 24 * 3600 * 1000;
    const { token } = await signToken(secret, user, 60, dayAgoMs);
    const { status, body } = await getProjects({ Authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(body.error.message).toBe('token has expired; log in again');
  });

  it('refuses a token signed with another key', async () => {
    const { token } = await signToken('a-different-secret-of-enough-length', user, 3600);
    const { status, body } = await getProjects({ Authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(body.error.message).toBe('token signature is not valid');
  });

  it('refuses an unsigned token (alg none)', async () => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    const header = base64url({ alg: 'none', typ: 'JWT' });
    const payload = base64url({
      sub: user.id,
      username: user.username,
      iss: 'concord',
      iat: nowSeconds,
      exp: nowSeconds + 3600,
    });
    const { status, body } = await getProjects({ Authorization: `Bearer ${header}.${payload}.` });
    expect(status).toBe(401);
    expect(body.error.message).toBe('token algorithm is not accepted');
  });

  it('refuses a forged token in the cookie as well as in the header', async () => {
    const { token } = await signToken('a-different-secret-of-enough-length', user, 3600);
    const { status, body } = await getProjects({ Cookie: `concord_token=${token}` });
    expect(status).toBe(401);
    expect(body.error.message).toBe('token signature is not valid');
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const { status, body } = await getProjects({ Authorization: 'Basic YmVuOnBhc3M=' });
    expect(status).toBe(401);
    expect(body.error.message).toBe("the Authorization header must be 'Bearer <token>'");
  });

  it('accepts a valid token', async () => {
    const { token } = await signToken(loadOrCreateSecret(server.config), user, 3600);
    const response = await fetch(`${server.url}/api/projects`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([{ id: 'street', name: 'street', role: 'annotator' }]);
  });
});
