import type { InviteSummary } from '../../shared/protocol/join.ts';
import type { CalibrationInviteRow, MetaStore } from '../storage/MetaStore.ts';

/** An invite as the trainer's list shows it: who used it and whether it expired, never its secret. */
export async function toInviteSummary(
  store: Pick<MetaStore, 'getUser'>,
  invite: CalibrationInviteRow,
  nowMs: number,
): Promise<InviteSummary> {
  const user = invite.usedBy === null ? undefined : await store.getUser(invite.usedBy);
  return {
    // A prefix of the hash: enough to tell links apart, and no way back to the secret.
    id: invite.tokenHash.slice(0, 16),
    createdAtMs: invite.createdAtMs,
    expiresAtMs: invite.expiresAtMs,
    expired: invite.usedBy === null && invite.expiresAtMs <= nowMs,
    usedBy: user ? { username: user.username, displayName: user.name } : null,
    usedAtMs: invite.usedAtMs,
  };
}
