import type { Context } from 'hono';

/** The token cookie's options: script-proof, same-site only, secure over HTTPS. */
export function tokenCookieOptions(context: Context, maxAgeSeconds: number) {
  const secure = new URL(context.req.url).protocol === 'https:';
  return { httpOnly: true, sameSite: 'Strict', path: '/', secure, maxAge: maxAgeSeconds } as const;
}
