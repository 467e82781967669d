import type { Violation } from '../../shared/doc/readLayer.ts';

/** A Yjs client id that an update carried but that belongs to another user. */
export interface ClientIdConflict {
  clientId: number;
  ownerId: string;
}

/** A log entry whose update broke the schema: kept and applied, and listed here. */
export interface FlaggedUpdate {
  seq: number;
  documentName: string;
  /** What the update introduced, as `readLayer` reports it. */
  violations: Violation[];
  flaggedAtMs: number;
}

/**
 * What the audit trail keeps beside the update log: which user each Yjs client id of a
 * document belongs to, and which log entries broke the schema.
 */
export interface AuditStore {
  /**
   * Binds the document's unbound client ids to `userId`, unless one of them already belongs to
   * someone else: then nothing is bound and the conflicts are returned.
   */
  claimClientIds(
    documentName: string,
    clientIds: readonly number[],
    userId: string,
  ): Promise<ClientIdConflict[]>;
  /** The user a client id of the document is bound to; null while unbound. */
  ownerOfClientId(documentName: string, clientId: number): Promise<string | null>;
  /** Records the violations the update logged as `seq` introduced. */
  flagUpdate(documentName: string, seq: number, violations: readonly Violation[]): Promise<void>;
  /** Flagged log entries of a document, in log order. */
  readFlaggedUpdates(
    documentName: string,
    options?: { afterSeq?: number; limit?: number },
  ): Promise<FlaggedUpdate[]>;
}
