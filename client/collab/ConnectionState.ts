import type { SyncStatus } from './SyncStatus.ts';

/** What the server granted a connection: Hocuspocus's scope names. */
export type GrantedScope = 'read-write' | 'readonly';

/** Everything the UI shows about one document's connection. */
export interface ConnectionState {
  status: SyncStatus;
  /** Null until the server has authenticated this document. */
  scope: GrantedScope | null;
  /** Why the document cannot be opened, in words the user can act on. */
  problem: string | null;
  /**
   * Set when the server refused a local edit or lowered this connection's access: the local copy holds
   * edits nobody else will ever see, so it must be discarded and the document opened afresh.
   */
  reloadReason: string | null;
  /** Why the server closed this document (a limit, a refusal, a restart); null while it is open. */
  closedReason: string | null;
  /** When the client will next try to reopen a document the server closed (ms since the epoch). */
  reopensAtMs: number | null;
  /** What this user's latest edit broke in the schema, as the server reported it; the edit is kept. */
  schemaWarning: string | null;
}

/** True when two states would render the same. */
export function sameConnectionState(left: ConnectionState, right: ConnectionState): boolean {
  return (
    left.status === right.status &&
    left.scope === right.scope &&
    left.problem === right.problem &&
    left.reloadReason === right.reloadReason &&
    left.closedReason === right.closedReason &&
    left.reopensAtMs === right.reopensAtMs &&
    left.schemaWarning === right.schemaWarning
  );
}
