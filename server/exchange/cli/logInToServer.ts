import type { CliFailure } from './CliFailure.ts';
import { cliFailure, EXIT_CODES, isCliFailure } from './CliFailure.ts';
import { describeRefusal } from './describeRefusal.ts';
import { fetchServer } from './fetchServer.ts';
import type { ServerTarget } from './ServerTarget.ts';

/** Logs in with the target's user and password; the bearer token, or why not. */
export async function logInToServer(target: ServerTarget): Promise<string | CliFailure> {
  const response = await fetchServer(new URL('api/login', target.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: target.user, password: target.password }),
  });
  if (isCliFailure(response)) return response;
  if (response.ok) {
    const body = (await response.json()) as { token?: unknown };
    if (typeof body.token === 'string') return body.token;
    return cliFailure(EXIT_CODES.server, `${target.url.origin} answered the login without a token`);
  }
  const refusal = await describeRefusal(response, `logging in as ${target.user} failed`);
  const loginRefused = response.status === 401 || response.status === 429;
  return loginRefused ? { ...refusal, exitCode: EXIT_CODES.login } : refusal;
}
