import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/protocol/http.ts';
import { addMember } from './addMember.ts';
import type { HttpTestServer } from './startHttpTestServer.ts';
import { startHttpTestServer } from './startHttpTestServer.ts';

let server: HttpTestServer;

function logInAs(username: string, password: string): Promise<Response> {
  return fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

beforeAll(async () => {
  server = await startHttpTestServer();
  await addMember(server.metaStore, {
    username: 'dee',
    password: 'pw-dee',
    role: 'viewer',
    projectId: 'street',
  });
});

afterAll(() => server.close());

describe('repeated failed logins', () => {
  it('are refused with 429 and Retry-After after ten wrong passwords, even with the right one', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await logInAs('dee', `guess-${attempt}`)).status).toBe(401);
    }
    const response = await logInAs('dee', 'pw-dee');
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toEqual({
      code: 'too_many_attempts',
      message: "too many failed logins for 'dee'; try again in 15 minutes",
    });
  });
});
