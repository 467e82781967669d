import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, LoginResponse, UserSummary } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';

let server: HttpTestServer;

function postLogin(body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  server = await startHttpTestServer();
  await addMember(server.metaStore, {
    username: 'ada',
    password: 'correct horse',
    role: 'annotator',
    projectId: 'street',
  });
});

afterAll(() => server.close());

describe('POST /api/login', () => {
  it('refuses a wrong password with 401 invalid_credentials', async () => {
    const response = await postLogin({ username: 'ada', password: 'wrong horse' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toEqual({
      code: 'invalid_credentials',
      message: 'the username or password is wrong',
    });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('gives an unknown username the same answer as a wrong password', async () => {
    const response = await postLogin({ username: 'nobody', password: 'correct horse' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toBe('the username or password is wrong');
  });

  it('names the missing field when the body lacks a password', async () => {
    const response = await postLogin({ username: 'ada' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.field).toBe('password');
    expect(body.error.message).toMatch(/^password: /);
  });

  it('refuses a body that is not JSON with 400 invalid_json', async () => {
    const response = await fetch(`${server.url}/api/login`, { method: 'POST', body: '{oops' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('invalid_json');
    expect(body.error.message).toMatch(/^the request body is not valid JSON/);
  });

  it('refuses a body over 16 KiB with 413 before reading it', async () => {
    const response = await postLogin({ username: 'ada', password: 'x'.repeat(20_000) });
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toBe('the request body is larger than 16 KiB');
  });

  it('returns a token and sets an HttpOnly, SameSite=Strict cookie for the right password', async () => {
    const response = await postLogin({ username: 'ada', password: 'correct horse' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as LoginResponse;
    expect(body.user.username).toBe('ada');
    expect(body.expiresAt).toBeGreaterThan(Date.now());
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`concord_token=${body.token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('lets the cookie alone authorise GET /api/me', async () => {
    const login = await postLogin({ username: 'ada', password: 'correct horse' });
    const { token } = (await login.json()) as LoginResponse;
    const response = await fetch(`${server.url}/api/me`, {
      headers: { Cookie: `concord_token=${token}` },
    });
    expect(response.status).toBe(200);
    const me = (await response.json()) as UserSummary;
    expect(me.username).toBe('ada');
  });

  it('clears the cookie on POST /api/logout', async () => {
    const response = await fetch(`${server.url}/api/logout`, { method: 'POST' });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/concord_token=;.*Max-Age=0/i);
  });
});
