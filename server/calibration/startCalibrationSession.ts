import type { CreateCalibrationSessionRequest } from '../../shared/protocol/calibration.ts';
import { createAssignments, newAssignmentId } from '../http/createAssignments.ts';
import type { RouteOutcome } from '../http/RouteOutcome.ts';
import { TransactionRefused } from '../http/TransactionRefused.ts';
import type { CalibrationSessionRow, MetaStore } from '../storage/MetaStore.ts';

/**
 * Creates the session and one blind assignment per trainee per item, all or none: every item
 * must exist (its gold is checked before), every trainee be an annotator of the project without
 * blind work open on the item. Run it inside a transaction: a refusal throws TransactionRefused, so
 * nothing of the session is kept.
 */
export async function startCalibrationSession(
  store: MetaStore,
  target: { projectId: string; trainerId: string },
  request: CreateCalibrationSessionRequest,
  nowMs = Date.now(),
): Promise<RouteOutcome<CalibrationSessionRow>> {
  const { projectId, trainerId } = target;
  const assignmentIds: string[] = [];
  for (const itemId of request.itemIds) {
    const created = await createAssignments(
      store,
      { projectId, itemId, createdBy: trainerId },
      { mode: 'blind', usernames: request.usernames },
      nowMs,
    );
    // Earlier items' assignments are already written: roll them back with the refusal.
    if (!created.ok) throw new TransactionRefused(created);
    assignmentIds.push(...created.value.map(({ assignment }) => assignment.id));
  }
  const session: CalibrationSessionRow = {
    id: newAssignmentId(),
    projectId,
    name: request.name,
    trainerId,
    createdAtMs: nowMs,
    revealedAtMs: null,
    closedAtMs: null,
    report: null,
  };
  await store.createCalibrationSession(session, assignmentIds);
  return { ok: true, value: session };
}
