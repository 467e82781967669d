import type { DocumentAddress } from '../../shared/doc/documentName.ts';
import { AGREEMENT_LAYER, isModelLayer } from '../../shared/doc/layerKind.ts';
import type { Access, Role } from '../../shared/protocol/http.ts';
import { accessFor } from '../auth/accessFor.ts';
import type { AccessReads } from '../auth/resolveAccess.ts';
import { resolveAccess } from '../auth/resolveAccess.ts';

type ItemAddress = Extract<DocumentAddress, { scope: 'item' }>;

/** Who runs a project: they may add items and bring in model layers. */
export const ITEM_CREATOR_ROLES: readonly Role[] = ['admin', 'trainer'];

/**
 * What an export or import may do with one layer: the socket's rule, with two differences.
 * Model layers are written only by imports, so the roles that run a project may import them; the
 * agreement layer is derived by the server, so nobody exports or imports it. An item that does
 * not exist yet is judged as an item without assignments.
 */
export async function exchangeLayerAccess(
  reads: AccessReads,
  subject: { userId: string; role: Role },
  address: ItemAddress,
  itemExists: boolean,
): Promise<Access> {
  if (address.layer === AGREEMENT_LAYER) return 'none';
  const access = itemExists
    ? await resolveAccess(reads, subject.userId, address)
    : accessFor({ ...subject, assignments: [] }, address);
  if (isModelLayer(address.layer) && ITEM_CREATOR_ROLES.includes(subject.role)) return 'write';
  return access;
}
