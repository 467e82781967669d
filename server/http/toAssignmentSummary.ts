import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { assignmentLayerOf, MAIN_LAYER } from '../../shared/doc/layerKind.ts';
import type { AssignmentSummary } from '../../shared/protocol/assignments.ts';
import type { AssignmentRow } from '../storage/MetaStore.ts';

/** The layer an assignment's annotator works in: their own for blind and revealed work, `main` for shared. */
export function workLayerOf(assignment: Pick<AssignmentRow, 'id' | 'mode'>): string {
  return assignment.mode === 'shared' ? MAIN_LAYER : assignmentLayerOf(assignment.id);
}

/** The DTO of an assignment, as every route returns it. */
export function toAssignmentSummary(
  assignment: AssignmentRow,
  username: string,
): AssignmentSummary {
  const layer = workLayerOf(assignment);
  return {
    id: assignment.id,
    projectId: assignment.projectId,
    itemId: assignment.itemId,
    userId: assignment.userId,
    username,
    mode: assignment.mode,
    layer,
    documentName: itemDocumentName(assignment.projectId, assignment.itemId, layer),
    createdAtMs: assignment.createdAtMs,
    revealedAtMs: assignment.revealedAtMs,
  };
}
