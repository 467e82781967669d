import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The address the request came from, for per-address limits; `unknown` without a Node socket. */
export function remoteAddressOf(context: Context): string {
  try {
    return getConnInfo(context).remote.address ?? 'unknown';
  } catch {
    // Requests handed to app.fetch without a Node socket (tests, other adapters) have no address.
    return 'unknown';
  }
}
