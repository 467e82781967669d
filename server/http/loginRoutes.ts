import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import type { LoginResponse, UserSummary } from '../../shared/protocol/http.ts';
import { loginRequestSchema } from '../../shared/protocol/http.ts';
import { TOKEN_COOKIE } from '../auth/authenticateRequest.ts';
import { decoyPasswordHash, verifyPassword } from '../auth/passwords.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { jsonBodyLimit } from './jsonBodyLimit.ts';
import { LoginThrottle } from './LoginThrottle.ts';
import { readJsonBody } from './readJsonBody.ts';
import { remoteAddressOf } from './remoteAddressOf.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import { signInAs } from './signInAs.ts';
import { tokenCookieOptions } from './tokenCookieOptions.ts';

const WRONG_CREDENTIALS = 'the username or password is wrong';

/** POST /api/login, POST /api/logout and GET /api/me. */
export function loginRoutes(dependencies: RouteDependencies): Hono<HttpEnv> {
  const { config, metaStore, secret, requireUser } = dependencies;
  const throttle = new LoginThrottle();
  // Computed now so the first unknown-username login is not slower than the rest.
  void decoyPasswordHash();
  const routes = new Hono<HttpEnv>();

  routes.post('/api/login', jsonBodyLimit, async (c) => {
    const body = await readJsonBody(c, loginRequestSchema);
    if (body instanceof Response) return body;
    const throttleKey = `${remoteAddressOf(c)} ${body.username.toLowerCase()}`;
    const waitMs = throttle.retryAfterMs(throttleKey);
    if (waitMs > 0) {
      const waitMinutes = Math.ceil(waitMs / 60_000);
      c.header('Retry-After', String(Math.ceil(waitMs / 1000)));
      return errorResponse(
        c,
        429,
        'too_many_attempts',
        `too many failed logins for '${body.username}'; try again in ${waitMinutes} minute${waitMinutes === 1 ? '' : 's'}`,
      );
    }
    const user = await metaStore.findUserByUsername(body.username);
    // An unknown username still costs one scrypt, so timing does not tell which part was wrong.
    const passwordHash = user?.passwordHash ?? (await decoyPasswordHash());
    const passwordMatches = await verifyPassword(body.password, passwordHash);
    if (!user || !passwordMatches) {
      throttle.recordFailure(throttleKey);
      return errorResponse(c, 401, 'invalid_credentials', WRONG_CREDENTIALS);
    }
    throttle.clear(throttleKey);
    return c.json<LoginResponse>(await signInAs(c, { config, secret }, user));
  });

  routes.post('/api/logout', (c) => {
    deleteCookie(c, TOKEN_COOKIE, tokenCookieOptions(c, 0));
    return c.body(null, 204);
  });

  routes.get('/api/me', requireUser, (c) => {
    const { id, username, name, colour } = c.get('user');
    return c.json<UserSummary>({ id, username, name, colour });
  });

  return routes;
}
