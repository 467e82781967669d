import { randomBytes } from 'node:crypto';
import os from 'node:os';

// The extension prefixes every message with this name's length in one byte.
const MAX_HOSTNAME_CHARS = 64;

/**
 * How this process is named on the shared Redis channels for as long as it runs: host and pid for
 * whoever reads `CLIENT LIST`, plus a random part so a reused pid never collides.
 */
export function redisProcessIdentifier(): string {
  const host = os
    .hostname()
    .slice(0, MAX_HOSTNAME_CHARS)
    .replace(/[^A-Za-z0-9._-]/g, '_');
  return `concord-${host}-${process.pid}-${randomBytes(4).toString('hex')}`;
}
