import type { DocumentAddress } from '../../shared/doc/documentName.ts';
import { layerKindOf } from '../../shared/doc/layerKind.ts';
import type { AccessSubject } from './accessFor.ts';
import { accessFor } from './accessFor.ts';
import { describeDocument } from './describeDocument.ts';
import type { AccessReads } from './resolveAccess.ts';
import { loadAccessSubject } from './resolveAccess.ts';

function namesMissingAssignment(address: DocumentAddress, subject: AccessSubject): boolean {
  if (address.scope === 'project') return false;
  const layer = layerKindOf(address.layer);
  if (layer.kind === 'unknown') return true;
  if (layer.kind !== 'assignment' && layer.kind !== 'reviewThread') return false;
  const assignment = subject.assignments.find((each) => each.id === layer.assignmentId);
  return !assignment || assignment.mode === 'shared';
}

/** The same subject once every blind assignment on the item is revealed. */
function afterReveal(subject: AccessSubject): AccessSubject {
  return {
    ...subject,
    assignments: subject.assignments.map((each) =>
      each.mode === 'blind' ? { ...each, mode: 'revealed' as const } : each,
    ),
  };
}

/** Why `resolveAccess` gives the user no access to a document, in words they can act on. */
export async function explainNoAccess(
  metaStore: AccessReads,
  userId: string,
  address: DocumentAddress,
): Promise<string> {
  const { projectId } = address;
  const subject = await loadAccessSubject(metaStore, userId, address);
  if (subject === null) {
    return address.scope === 'item'
      ? `item ${address.itemId} does not exist in project ${projectId}`
      : `project ${projectId} does not exist`;
  }
  if (subject.role === null) {
    return `you are not a member of project ${projectId}; ask its admin to add you`;
  }
  const document = describeDocument(address);
  if (namesMissingAssignment(address, subject)) return `${document} does not exist`;
  if (accessFor(afterReveal(subject), address) !== 'none') {
    return `${document} stays hidden from you until the blind work on the item is revealed`;
  }
  return `your role (${subject.role}) gives no access to ${document}`;
}
