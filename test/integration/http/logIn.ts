import type { LoginResponse } from '../../../shared/protocol/http.ts';

/** Logs in over HTTP and returns the bearer token; fails the test on anything but 200. */
export async function logIn(url: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) {
    throw new Error(
      `login as ${username} failed with ${response.status}: ${await response.text()}`,
    );
  }
  const body = (await response.json()) as LoginResponse;
  return body.token;
}
