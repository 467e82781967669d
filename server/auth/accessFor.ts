import type { DocumentAddress } from '../../shared/doc/documentName.ts';
import { layerKindOf } from '../../shared/doc/layerKind.ts';
import type { Access, Role } from '../../shared/protocol/http.ts';
import type { AssignmentRow } from '../storage/MetaStore.ts';
import type { AccessCondition, RoleConditions, RuleKind } from './layerAccessRules.ts';
import { LAYER_ACCESS_RULES } from './layerAccessRules.ts';

/** Everything the access rule looks at: who asks, their role, and the item's assignments. */
export interface AccessSubject {
  userId: string;
  /** The user's role in the document's project; null when they are not a member. */
  role: Role | null;
  /** Every assignment on the addressed item; empty for project-level documents. */
  assignments: readonly Pick<AssignmentRow, 'id' | 'userId' | 'mode'>[];
}

/** The facts about a subject and a document that the conditions are judged on. */
interface Situation {
  owner: boolean;
  layerRevealed: boolean;
  subjectBlind: boolean;
  subjectRevealed: boolean;
  itemBlind: boolean;
}

/** The rule kind of a document and the assignment its name refers to; null when nobody may open it. */
function ruleTargetOf(
  subject: AccessSubject,
  address: DocumentAddress,
): { kind: RuleKind; assignment: AccessSubject['assignments'][number] | null } | null {
  if (address.scope === 'project') return { kind: address.layer, assignment: null };
  const layer = layerKindOf(address.layer);
  if (layer.kind === 'unknown') return null;
  if (layer.kind !== 'assignment' && layer.kind !== 'reviewThread') {
    return { kind: layer.kind, assignment: null };
  }
  const assignment = subject.assignments.find((each) => each.id === layer.assignmentId);
  // Shared work happens on `main`; a shared assignment has no layer of its own.
  if (!assignment || assignment.mode === 'shared') return null;
  return { kind: layer.kind, assignment };
}

function situationOf(
  subject: AccessSubject,
  assignment: AccessSubject['assignments'][number] | null,
): Situation {
  const own = subject.assignments.filter((each) => each.userId === subject.userId);
  const subjectBlind = own.some((each) => each.mode === 'blind');
  return {
    owner: assignment !== null && assignment.userId === subject.userId,
    layerRevealed: assignment?.mode === 'revealed',
    subjectBlind,
    subjectRevealed: !subjectBlind && own.some((each) => each.mode === 'revealed'),
    itemBlind: subject.assignments.some((each) => each.mode === 'blind'),
  };
}

const CONDITION_HOLDS: Record<AccessCondition, (situation: Situation) => boolean> = {
  always: () => true,
  owner: (situation) => situation.owner,
  notBlind: (situation) => !situation.subjectBlind,
  revealedToMe: (situation) => situation.layerRevealed && !situation.subjectBlind,
  noneBlind: (situation) => !situation.itemBlind,
  revealedTrainee: (situation) => situation.subjectRevealed,
};

function granted(conditions: RoleConditions, role: Role, situation: Situation): boolean {
  return (conditions[role] ?? []).some((condition) => CONDITION_HOLDS[condition](situation));
}

/**
 * What a user may do with a document: the one rule HTTP and the socket share (DESIGN.md's
 * layer table in layerAccessRules.ts). Pure; `resolveAccess` gathers its inputs.
 */
export function accessFor(subject: AccessSubject, address: DocumentAddress): Access {
  if (subject.role === null) return 'none';
  const target = ruleTargetOf(subject, address);
  if (target === null) return 'none';
  const rule = LAYER_ACCESS_RULES[target.kind];
  const situation = situationOf(subject, target.assignment);
  if (granted(rule.write, subject.role, situation)) return 'write';
  if (granted(rule.read, subject.role, situation)) return 'read';
  return 'none';
}
