import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { LoginResponse } from '../../shared/protocol/http.ts';
import { TOKEN_COOKIE } from '../auth/authenticateRequest.ts';
import { signToken } from '../auth/tokens.ts';
import type { UserRow } from '../storage/MetaStore.ts';
import type { RouteDependencies } from './RouteDependencies.ts';
import { tokenCookieOptions } from './tokenCookieOptions.ts';

/** Signs the user in: a fresh token, set as the cookie and returned with who they are. */
export async function signInAs(
  context: Context,
  dependencies: Pick<RouteDependencies, 'config' | 'secret'>,
  user: UserRow,
): Promise<LoginResponse> {
  const ttlSeconds = dependencies.config.tokenTtlSeconds;
  const { token, expiresAt } = await signToken(dependencies.secret, user, ttlSeconds);
  setCookie(context, TOKEN_COOKIE, token, tokenCookieOptions(context, ttlSeconds));
  const { id, username, name, colour } = user;
  return { token, expiresAt, user: { id, username, name, colour } };
}
