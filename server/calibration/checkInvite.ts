import type { RouteOutcome } from '../http/RouteOutcome.ts';
import { refusal } from '../http/RouteOutcome.ts';
import type {
  CalibrationInviteRow,
  CalibrationSessionRow,
  MetaStore,
} from '../storage/MetaStore.ts';

/** The words of every refusal of a join link; none says more than whether the link can be used. */
export const INVITE_REFUSALS = {
  notValid: 'this link is not valid',
  used: 'this link was already used',
  expired: 'this link has expired',
  closed: 'the calibration session this link is for has ended',
} as const;

/** The invite stored under `tokenHash` and its session, when the link can still be used at `nowMs`. */
export async function checkInvite(
  store: Pick<MetaStore, 'getCalibrationInvite' | 'getCalibrationSession'>,
  tokenHash: string,
  nowMs: number,
): Promise<RouteOutcome<{ invite: CalibrationInviteRow; session: CalibrationSessionRow }>> {
  const invite = await store.getCalibrationInvite(tokenHash);
  const session = invite && (await store.getCalibrationSession(invite.sessionId));
  if (!invite || !session) return refusal(404, 'not_found', INVITE_REFUSALS.notValid);
  if (invite.usedBy !== null) return refusal(410, 'used', INVITE_REFUSALS.used);
  if (invite.expiresAtMs <= nowMs) return refusal(410, 'expired', INVITE_REFUSALS.expired);
  if (session.closedAtMs !== null) return refusal(410, 'closed', INVITE_REFUSALS.closed);
  return { ok: true, value: { invite, session } };
}
