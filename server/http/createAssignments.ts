import { randomBytes } from 'node:crypto';
import { assignmentLayerOf } from '../../shared/doc/layerKind.ts';
import type { CreateAssignmentsRequest } from '../../shared/protocol/assignments.ts';
import type { AssignmentRow, MetaStore, UserRow } from '../storage/MetaStore.ts';
import type { RouteOutcome } from './RouteOutcome.ts';
import { refusal } from './RouteOutcome.ts';

/** Who assigns which item. */
export interface AssignmentTarget {
  projectId: string;
  itemId: string;
  createdBy: string;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A fresh assignment id: 16 characters of [0-9a-z] (~82 bits), valid inside `a.<id>` and `review.<id>`. */
export function newAssignmentId(): string {
  return [...randomBytes(16)].map((byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

/** The annotator named at `usernames[index]`, or why they cannot be assigned. */
async function readAssignee(
  store: MetaStore,
  target: AssignmentTarget,
  existing: readonly AssignmentRow[],
  request: CreateAssignmentsRequest,
  index: number,
): Promise<RouteOutcome<UserRow>> {
  const username = request.usernames[index] ?? '';
  const field = `usernames.${index}`;
  const { projectId, itemId } = target;
  const user = await store.findUserByUsername(username);
  if (!user) return refusal(404, 'not_found', `there is no user '${username}'`, field);
  const role = await store.roleOf(projectId, user.id);
  if (role === null) {
    const message = `${username} is not a member of project '${projectId}'; add them with POST /api/projects/${projectId}/members first`;
    return refusal(422, 'not_assignable', message, field);
  }
  if (role !== 'annotator') {
    const message = `${username} is a ${role} in project '${projectId}'; only annotators can be assigned`;
    return refusal(422, 'not_assignable', message, field);
  }
  const same = existing.find((each) => each.userId === user.id && each.mode === request.mode);
  if (same?.mode === 'blind') {
    const message = `${username} already works blind on item '${itemId}' in ${assignmentLayerOf(same.id)}; reveal it before starting a new cohort`;
    return refusal(409, 'already_assigned', message, field);
  }
  if (same) {
    const message = `${username} already co-annotates item '${itemId}' with the team`;
    return refusal(409, 'already_assigned', message, field);
  }
  return { ok: true, value: user };
}

/**
 * One new assignment per named annotator, all or none: every name must be an annotator of the
 * project without the same kind of open assignment on the item. Run it inside a transaction.
 */
export async function createAssignments(
  store: MetaStore,
  target: AssignmentTarget,
  request: CreateAssignmentsRequest,
  nowMs = Date.now(),
): Promise<RouteOutcome<Array<{ assignment: AssignmentRow; username: string }>>> {
  const existing = await store.listAssignmentsOfItem(target.projectId, target.itemId);
  const assignees: UserRow[] = [];
  for (let index = 0; index < request.usernames.length; index += 1) {
    const assignee = await readAssignee(store, target, existing, request, index);
    if (!assignee.ok) return assignee;
    assignees.push(assignee.value);
  }
  const created = assignees.map((user) => ({
    username: user.username,
    assignment: {
      id: newAssignmentId(),
      projectId: target.projectId,
      itemId: target.itemId,
      userId: user.id,
      mode: request.mode,
      createdBy: target.createdBy,
      createdAtMs: nowMs,
      revealedAtMs: null,
    } satisfies AssignmentRow,
  }));
  for (const { assignment } of created) await store.createAssignment(assignment);
  return { ok: true, value: created };
}
