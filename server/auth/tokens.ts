import { errors, jwtVerify, SignJWT } from 'jose';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/** What a valid token says about its bearer. */
export interface TokenClaims {
  userId: string;
  username: string;
  /** Expiry, ms since the epoch. */
  expiresAt: number;
}

const ISSUER = 'concord';

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Signs an HS256 token for a user. */
export async function signToken(
  secret: string,
  user: { id: string; username: string },
  ttlSeconds: number,
  nowMs = Date.now(),
): Promise<{ token: string; expiresAt: number }> {
  const issuedAt = Math.floor(nowMs / 1000);
  const expiresAtSeconds = issuedAt + ttlSeconds;
  const token = await new SignJWT({ username: user.username })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAtSeconds)
    .sign(keyOf(secret));
  return { token, expiresAt: expiresAtSeconds * 1000 };
}

/** Verifies a token (HS256 only, signature, issuer, expiry) and says plainly why one is refused. */
export async function verifyToken(secret: string, token: unknown): Promise<Result<TokenClaims>> {
  if (typeof token !== 'string' || token.length === 0) return fail('no token given; log in first');
  if (token.length > 4096) return fail('token is too long to be one of ours');
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: ['HS256'],
      issuer: ISSUER,
    });
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.username !== 'string' ||
      typeof payload.exp !== 'number'
    ) {
      return fail('token is missing its user; log in again');
    }
    return ok({ userId: payload.sub, username: payload.username, expiresAt: payload.exp * 1000 });
  } catch (error) {
    if (error instanceof errors.JWTExpired) return fail('token has expired; log in again');
    if (error instanceof errors.JWSSignatureVerificationFailed)
      return fail('token signature is not valid');
    if (error instanceof errors.JOSEAlgNotAllowed) return fail('token algorithm is not accepted');
    return fail('token is malformed or not issued by this server');
  }
}
