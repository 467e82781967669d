import type { Presence } from '../../shared/protocol/presence.ts';

/** Another connection's presence on a document, as validated from awareness. */
export interface PeerPresence extends Presence {
  /** The Yjs client id: one per tab, so one user may appear more than once. */
  clientId: number;
}
