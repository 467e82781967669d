import { createHash } from 'node:crypto';

/** The SHA-256 (lowercase hex) a join link's secret is stored and looked up as. */
export function hashInviteSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
