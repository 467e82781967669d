import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { LoginResponse, UserSummary } from '../../shared/protocol/http.ts';
import { loginRequestSchema } from '../../shared/protocol/http.ts';
import { TOKEN_COOKIE } from '../auth/authenticateRequest.ts';
import { decoyPasswordHash, verifyPassword } from '../auth/passwords.ts';
import { signToken } from '../auth/tokens.ts';
import { errorResponse } from './errorResponse.ts';
import type { HttpEnv } from './HttpEnv.ts';
import { jsonBodyLimit } from './jsonBodyLimit.ts';
import { LoginThrottle } from './LoginThrottle.ts';
import { readJsonBody } from './readJsonBody.ts';
import type { RouteDependencies } from './RouteDependencies.ts';

const WRONG_CREDENTIALS = 'the username or password is wrong';

function remoteAddressOf(context: Context): string {
  try {
    return getConnInfo(context).remote.address ?? 'unknown';
  } catch {
    // Requests handed to app.fetch without a Node socket (tests, other adapters) have no address.
    return 'unknown';
  }
}

function cookieOptions(context: Context, maxAgeSeconds: number) {
  const secure = new URL(context.req.url).protocol === 'https:';
  return { httpOnly: true, sameSite: 'Strict', path: '/', secure, maxAge: maxAgeSeconds } as const;
}

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
    const { token, expiresAt } = await signToken(secret, user, config.tokenTtlSeconds);
    setCookie(c, TOKEN_COOKIE, token, cookieOptions(c, config.tokenTtlSeconds));
    const summary: UserSummary = {
      id: user.id,
      username: user.username,
      name: user.name,
      colour: user.colour,
    };
    return c.json<LoginResponse>({ token, expiresAt, user: summary });
  });

  routes.post('/api/logout', (c) => {
    deleteCookie(c, TOKEN_COOKIE, cookieOptions(c, 0));
    return c.body(null, 204);
  });

  routes.get('/api/me', requireUser, (c) => {
    const { id, username, name, colour } = c.get('user');
    return c.json<UserSummary>({ id, username, name, colour });
  });

  return routes;
}
