import type { AssignmentSummary } from '../../../shared/protocol/assignments.ts';
import type { ItemDetail, LayerAccess } from '../../../shared/protocol/http.ts';

/** A layer of item `street/clip` granted with the given access. */
export function grant(layer: string, access: LayerAccess['access']): LayerAccess {
  return { documentName: `street/clip/${layer}`, layer, access };
}

/** A blind assignment of `street/clip` to a user, in layer `a.<id>`. */
export function blindAssignment(id: string, userId: string, name: string): AssignmentSummary {
  return {
    id,
    projectId: 'street',
    itemId: 'clip',
    userId,
    username: userId,
    name,
    mode: 'blind',
    layer: `a.${id}`,
    documentName: `street/clip/a.${id}`,
    createdAtMs: 0,
    revealedAtMs: null,
  };
}

/** The detail of item `street/clip` as the server would describe it to someone with these layers. */
export function itemDetail(layers: LayerAccess[], assignments: AssignmentSummary[]): ItemDetail {
  return {
    id: 'clip',
    projectId: 'street',
    name: 'clip',
    media: null,
    role: 'reviewer',
    layers,
    projectDocuments: [{ documentName: 'street/_/schema', layer: 'schema', access: 'read' }],
    assignments,
  };
}
