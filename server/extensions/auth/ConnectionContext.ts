import type { DocumentAddress } from '../../../shared/doc/documentName.ts';
import type { Access } from '../../../shared/protocol/http.ts';

/**
 * What a connection may do now. One object shared by every copy Hocuspocus makes of the
 * context, so a change made by the permission sweep is seen by every hook.
 */
export interface ConnectionGrant {
  access: Exclude<Access, 'none'>;
  /** When the token the connection opened with expires, ms since the epoch. */
  tokenExpiresAtMs: number;
}

/** Who is on a document connection and what they may do; the grant follows permission changes. */
export interface ConnectionContext {
  user: { id: string; username: string; name: string; colour: string };
  address: DocumentAddress;
  grant: ConnectionGrant;
}

/** The context of a real client connection; direct (server) connections carry none. */
export function isConnectionContext(context: unknown): context is ConnectionContext {
  return typeof context === 'object' && context !== null && 'user' in context && 'grant' in context;
}
