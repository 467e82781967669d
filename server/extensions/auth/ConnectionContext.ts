import type { DocumentAddress } from '../../../shared/doc/documentName.ts';
import type { Access, Role } from '../../../shared/protocol/http.ts';

/** Who is on a document connection and what they may do; set once, when the connection authenticates. */
export interface ConnectionContext {
  user: { id: string; username: string; name: string; colour: string };
  role: Role;
  access: Exclude<Access, 'none'>;
  address: DocumentAddress;
}

/** The context of a real client connection; direct (server) connections carry none. */
export function isConnectionContext(context: unknown): context is ConnectionContext {
  return (
    typeof context === 'object' && context !== null && 'user' in context && 'access' in context
  );
}
