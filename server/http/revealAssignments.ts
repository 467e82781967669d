import type { RevealAssignmentsRequest } from '../../shared/protocol/assignments.ts';
import type { AssignmentRow, MetaStore } from '../storage/MetaStore.ts';
import type { RouteOutcome } from './RouteOutcome.ts';
import { refusal } from './RouteOutcome.ts';

/** The blind assignments a reveal names, or every blind one of the item when it names none. */
function chooseBlind(
  itemId: string,
  assignments: readonly AssignmentRow[],
  request: RevealAssignmentsRequest,
): RouteOutcome<AssignmentRow[]> {
  if (!request.assignmentIds) {
    const blind = assignments.filter((each) => each.mode === 'blind');
    if (blind.length > 0) return { ok: true, value: blind };
    return refusal(409, 'nothing_to_reveal', `item '${itemId}' has no blind assignments to reveal`);
  }
  const chosen: AssignmentRow[] = [];
  for (const [index, id] of request.assignmentIds.entries()) {
    const field = `assignmentIds.${index}`;
    const assignment = assignments.find((each) => each.id === id);
    if (!assignment) {
      return refusal(404, 'not_found', `item '${itemId}' has no assignment '${id}'`, field);
    }
    if (assignment.mode !== 'blind') {
      const message = `assignment '${id}' is ${assignment.mode === 'shared' ? 'shared work on main' : 'already revealed'}; only blind assignments can be revealed`;
      return refusal(409, 'not_blind', message, field);
    }
    if (!chosen.includes(assignment)) chosen.push(assignment);
  }
  return { ok: true, value: chosen };
}

/** Reveals blind assignments of an item, all or none. Run it inside a transaction. */
export async function revealAssignments(
  store: MetaStore,
  target: { projectId: string; itemId: string },
  request: RevealAssignmentsRequest,
  nowMs = Date.now(),
): Promise<RouteOutcome<AssignmentRow[]>> {
  const assignments = await store.listAssignmentsOfItem(target.projectId, target.itemId);
  const chosen = chooseBlind(target.itemId, assignments, request);
  if (!chosen.ok) return chosen;
  for (const assignment of chosen.value) {
    await store.setAssignmentMode(assignment.id, 'revealed', nowMs);
  }
  return {
    ok: true,
    value: chosen.value.map((each) => ({ ...each, mode: 'revealed', revealedAtMs: nowMs })),
  };
}
