import { randomBytes } from 'node:crypto';

/** A fresh join link secret: 32 random bytes, base64url (43 characters). */
export function newInviteSecret(): string {
  return randomBytes(32).toString('base64url');
}
