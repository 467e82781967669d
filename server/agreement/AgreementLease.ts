/** Which process scores an item when several serve it: the one holding the item's lease. */
export interface AgreementLease {
  /** Takes or renews the item's lease; true while this process holds it. */
  hold(item: string): Promise<boolean>;
  /** Gives the lease up, if this process holds it. */
  release(item: string): Promise<void>;
  close(): Promise<void>;
}

/** The lease of a process that serves its documents alone: it always scores. */
export const SOLE_PROCESS_LEASE: AgreementLease = {
  hold: async () => true,
  release: async () => {},
  close: async () => {},
};
