import { createAssignments } from '../http/createAssignments.ts';
import { TransactionRefused } from '../http/TransactionRefused.ts';
import type { RouteOutcome } from '../http/RouteOutcome.ts';
import { refusal } from '../http/RouteOutcome.ts';
import type { CalibrationSessionRow, MetaStore, UserRow } from '../storage/MetaStore.ts';
import { checkInvite, INVITE_REFUSALS } from './checkInvite.ts';

/**
 * Uses the invite stored under `tokenHash` to make `user` a trainee of its session: the account,
 * an annotator membership, a blind assignment on every item of the session, linked to it. Run it
 * inside a transaction: a refusal after the invite is taken throws TransactionRefused, so nothing is kept.
 */
export async function joinCalibrationSession(
  store: MetaStore,
  request: { tokenHash: string; user: UserRow },
  nowMs = Date.now(),
): Promise<RouteOutcome<CalibrationSessionRow>> {
  const { tokenHash, user } = request;
  const checked = await checkInvite(store, tokenHash, nowMs);
  if (!checked.ok) return checked;
  const { invite, session } = checked.value;
  // Conditional on still being unused: of two concurrent joins with one link, one finds it taken.
  if (!(await store.markCalibrationInviteUsed(tokenHash, user.id, nowMs))) {
    return refusal(410, 'used', INVITE_REFUSALS.used);
  }
  if (await store.findUserByUsername(user.username)) {
    const message = `the username '${user.username}' is taken; choose another`;
    throw new TransactionRefused(refusal(409, 'username_taken', message, 'username'));
  }
  await store.createUser(user);
  await store.setMembership(session.projectId, user.id, 'annotator');
  const sessionAssignments = await store.listSessionAssignments(session.id);
  const itemIds = [...new Set(sessionAssignments.map((each) => each.itemId))];
  const assignmentIds: string[] = [];
  for (const itemId of itemIds) {
    const created = await createAssignments(
      store,
      { projectId: session.projectId, itemId, createdBy: invite.createdBy },
      { mode: 'blind', usernames: [user.username] },
      nowMs,
    );
    if (!created.ok) throw new TransactionRefused(created);
    assignmentIds.push(...created.value.map(({ assignment }) => assignment.id));
  }
  await store.addSessionAssignments(session.id, assignmentIds);
  return { ok: true, value: session };
}
