import type { DocumentAddress } from '../../shared/doc/documentName.ts';
import type { Access, Role } from '../../shared/protocol/http.ts';

/**
 * What a project role may do with a document: the one rule HTTP and the socket share.
 * This covers the `main` layer and the project's label schema; other layers are refused until
 * their rules (assignments, blind work, review) exist.
 */
export function accessFor(role: Role | null, address: DocumentAddress): Access {
  if (role === null) return 'none';
  if (address.scope === 'project') {
    if (address.layer === 'schema' || address.layer === 'guidelines') {
      return role === 'admin' || role === 'trainer' ? 'write' : 'read';
    }
    return 'none';
  }
  if (address.layer === 'main') {
    if (role === 'annotator' || role === 'trainer' || role === 'admin') return 'write';
    return 'read';
  }
  return 'none';
}
