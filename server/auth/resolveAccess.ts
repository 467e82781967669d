import type { DocumentAddress } from '../../shared/doc/documentName.ts';
import type { Access } from '../../shared/protocol/http.ts';
import type { MetaStore } from '../storage/MetaStore.ts';
import type { AccessSubject } from './accessFor.ts';
import { accessFor } from './accessFor.ts';

/** The store reads the access rule needs; `memoizeAccessReads` wraps them for a batch of checks. */
export type AccessReads = Pick<MetaStore, 'roleOf' | 'getItem' | 'listAssignmentsOfItem'>;

/**
 * The inputs of `accessFor` for a user and a document, read from the store; null when the
 * addressed item does not exist.
 */
export async function loadAccessSubject(
  metaStore: AccessReads,
  userId: string,
  address: DocumentAddress,
): Promise<AccessSubject | null> {
  const role = await metaStore.roleOf(address.projectId, userId);
  if (address.scope === 'project' || role === null) return { userId, role, assignments: [] };
  if (!(await metaStore.getItem(address.projectId, address.itemId))) return null;
  const assignments = await metaStore.listAssignmentsOfItem(address.projectId, address.itemId);
  return { userId, role, assignments };
}

/** What the user may do with the document now: the one check HTTP and the socket both make. */
export async function resolveAccess(
  metaStore: AccessReads,
  userId: string,
  address: DocumentAddress,
): Promise<Access> {
  const subject = await loadAccessSubject(metaStore, userId, address);
  return subject === null ? 'none' : accessFor(subject, address);
}
