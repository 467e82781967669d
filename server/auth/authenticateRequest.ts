import type { UserSummary } from '../../shared/protocol/http.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import { verifyToken } from './tokens.ts';

/** The cookie that carries the token for requests a page cannot add headers to (`<video src>`). */
export const TOKEN_COOKIE = 'concord_token';

/** Who made a request, as proven by their token. */
export interface AuthenticatedUser extends UserSummary {
  /** When the token expires, ms since the epoch. */
  tokenExpiresAt: number;
}

function cookieValue(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    return pair.slice(separator + 1).trim();
  }
  return undefined;
}

/** The token from `Authorization: Bearer <token>`, else from the cookie; a header wins over the cookie. */
function tokenOf(headers: Pick<Headers, 'get'>): Result<string | undefined> {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) return fail("the Authorization header must be 'Bearer <token>'");
    return ok(match[1]);
  }
  return ok(cookieValue(headers.get('cookie'), TOKEN_COOKIE));
}

/** Resolves a request's token (header or cookie) to a stored user, or says why it cannot. */
export async function authenticateRequest(
  headers: Pick<Headers, 'get'>,
  context: { secret: string; metaStore: Pick<MetaStore, 'getUser'> },
): Promise<Result<AuthenticatedUser>> {
  const token = tokenOf(headers);
  if (!token.ok) return token;
  const claims = await verifyToken(context.secret, token.value);
  if (!claims.ok) return claims;
  const user = await context.metaStore.getUser(claims.value.userId);
  if (!user) return fail('the account this token was issued to no longer exists; log in again');
  return ok({
    id: user.id,
    username: user.username,
    name: user.name,
    colour: user.colour,
    tokenExpiresAt: claims.value.expiresAt,
  });
}
