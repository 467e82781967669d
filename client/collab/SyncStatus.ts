/** What the sync indicator shows for one document. */
export type SyncStatus = 'offline' | 'syncing' | 'saved';

/** The facts about one document's connection the status is derived from. */
export interface SyncFacts {
  socketConnected: boolean;
  /** The server turned this document down (bad token, no access) or closed it. */
  refused: boolean;
  authenticated: boolean;
  /** The first handshake with the server is done. */
  synced: boolean;
  /** Local updates the server has not acknowledged yet. */
  unsyncedChanges: number;
}

/** 'saved' only when the server has acknowledged every local update; never claims more than that. */
export function syncStatusOf(facts: SyncFacts): SyncStatus {
  if (!facts.socketConnected || facts.refused) return 'offline';
  if (!facts.authenticated || !facts.synced || facts.unsyncedChanges > 0) return 'syncing';
  return 'saved';
}
