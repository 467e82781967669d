/** Who sent an update and when: kept with every log entry, so the log is also the audit trail. */
export interface UpdateOrigin {
  /** The user whose connection sent the update; null for writes the server makes itself. */
  userId: string | null;
  /** The socket the update arrived on; null for writes the server makes itself. */
  connectionId: string | null;
  /** Yjs client ids whose content the update carries. */
  clientIds: readonly number[];
  receivedAtMs: number;
}

/** One row of a document's append-only update log. */
export interface LogEntry extends UpdateOrigin {
  /** Position in the log; increases with every append, across all documents. */
  seq: number;
  /** A Yjs update (v1 encoding). */
  update: Uint8Array;
}

/** A document's state built from its log, so loading does not replay the whole history. */
export interface Checkpoint {
  id: number;
  /** The whole document as one Yjs update (v1 encoding). */
  state: Uint8Array;
  /** Encoded Yjs state vector of `state`: the client clocks this checkpoint covers. */
  stateVector: Uint8Array;
  /**
   * Encoded Yjs snapshot (state vector and delete set) of `state`. A log entry this snapshot
   * contains is covered, whatever its position; that is what decides the tail, not `throughSeq`.
   */
  snapshot: Uint8Array;
  /** Every entry at or below this seq was read when the checkpoint was built; later ones may be missing. */
  throughSeq: number;
  createdAtMs: number;
}

/** What loading a document needs: the newest checkpoint and the log entries it does not cover. */
export interface StoredDocument {
  checkpoint: Checkpoint | null;
  tail: LogEntry[];
}

/** Counts for tests, monitoring and the checkpoint policy. */
export interface DocumentStats {
  logEntries: number;
  logBytes: number;
  checkpoints: number;
  newestCheckpoint: { throughSeq: number; stateBytes: number; createdAtMs: number } | null;
  /** Log entries (and their bytes) written after the newest checkpoint was built. */
  entriesSinceCheckpoint: number;
  bytesSinceCheckpoint: number;
}

/** Why a checkpoint was or was not written. */
export type CheckpointOutcome =
  | { written: true; throughSeq: number; stateBytes: number; skippedEntries: number }
  | { written: false; reason: string };

/**
 * Durable storage of Yjs documents as checkpoint + append-only update log.
 * The log is never deleted: it is the write path, the audit trail and the source of history.
 */
export interface DocumentStore {
  /** Appends one update; once the promise resolves the update is on disk. Returns its seq. */
  appendUpdate(documentName: string, update: Uint8Array, origin: UpdateOrigin): Promise<number>;
  /** The newest usable checkpoint and the tail it does not cover, in log order. */
  load(documentName: string, options?: { ignoreCheckpoints?: boolean }): Promise<StoredDocument>;
  /** Log entries in order, for audit and history. */
  readLog(
    documentName: string,
    options?: { afterSeq?: number; limit?: number },
  ): Promise<LogEntry[]>;
  /**
   * The newest kept checkpoint built at or before `atMs`, for history: everything it covers was
   * received by then. Null when none is that old (older ones may have been dropped).
   */
  checkpointAsOf(documentName: string, atMs: number): Promise<Checkpoint | null>;
  /** Builds a checkpoint from the log now. */
  checkpoint(documentName: string): Promise<CheckpointOutcome>;
  /** Builds every checkpoint that is due; used on a graceful stop. */
  flushCheckpoints(): Promise<void>;
  /** True when anything (a log entry or a checkpoint) is stored under this name. */
  hasDocument(documentName: string): Promise<boolean>;
  stats(documentName: string): Promise<DocumentStats>;
  /** Names of every stored document. */
  listDocumentNames(): Promise<string[]>;
  /** Stops scheduling checkpoints; pending ones are dropped, so call `flushCheckpoints` first. */
  close(): void;
}
