import type {
  CalibrationSessionState,
  CalibrationSessionSummary,
} from '../../shared/protocol/calibration.ts';
import { assignmentLayerOf } from '../../shared/doc/layerKind.ts';
import type { AssignmentRow, CalibrationSessionRow, MetaStore } from '../storage/MetaStore.ts';

function stateOf(session: CalibrationSessionRow): CalibrationSessionState {
  if (session.closedAtMs !== null) return 'closed';
  return session.revealedAtMs === null ? 'blind' : 'revealed';
}

/**
 * A session as `viewerId` may see it: the trainer and admins see every trainee's layer, a
 * trainee only their own (the others' names too, never their layers' addresses while blind).
 */
export async function toSessionSummary(
  store: Pick<MetaStore, 'getUser' | 'listSessionAssignments'>,
  session: CalibrationSessionRow,
  viewer: { userId: string; manages: boolean },
): Promise<CalibrationSessionSummary> {
  const assignments = await store.listSessionAssignments(session.id);
  const people = new Map<string, { username: string; displayName: string }>();
  const personOf = async (userId: string) => {
    const known = people.get(userId);
    if (known) return known;
    const user = await store.getUser(userId);
    const person = { username: user?.username ?? userId, displayName: user?.name ?? userId };
    people.set(userId, person);
    return person;
  };
  const trainer = await personOf(session.trainerId);
  const traineeIds = [...new Set(assignments.map((each) => each.userId))];
  const trainees = await Promise.all(traineeIds.map(personOf));
  const visible = (assignment: AssignmentRow) =>
    viewer.manages || assignment.userId === viewer.userId;
  const layers = await Promise.all(
    assignments.filter(visible).map(async (assignment) => ({
      itemId: assignment.itemId,
      username: (await personOf(assignment.userId)).username,
      assignmentId: assignment.id,
      layer: assignmentLayerOf(assignment.id),
    })),
  );
  return {
    id: session.id,
    projectId: session.projectId,
    name: session.name,
    state: stateOf(session),
    trainer,
    createdAtMs: session.createdAtMs,
    revealedAtMs: session.revealedAtMs,
    closedAtMs: session.closedAtMs,
    itemIds: [...new Set(assignments.map((each) => each.itemId))],
    trainees: trainees.sort((a, b) => a.username.localeCompare(b.username)),
    layers,
  };
}
