/** When a document's log has grown enough since its newest checkpoint to build a new one. */
export interface CheckpointPolicy {
  /**
   * Build after this many log entries, once they also hold an eighth of the newest checkpoint's
   * size. @default 10000
   */
  everyEntries: number;
  /** Build after this many log bytes, or half the newest checkpoint's size if larger. @default 1 MiB */
  everyBytes: number;
  /** Checkpoints kept per document; older ones are derived data and are dropped. @default 2 */
  keepCheckpoints: number;
}

export const defaultCheckpointPolicy: CheckpointPolicy = {
  // Replaying 10,000 typical entries takes ~80 ms here; a checkpoint of a 30-minute session
  // (~0.8 MB) rewritten every 1,000 of them was half of all the bytes the server wrote.
  everyEntries: 10_000,
  everyBytes: 1024 * 1024,
  keepCheckpoints: 2,
};

/** How much of a document's log the newest checkpoint does not cover. */
export interface LogSinceCheckpoint {
  entries: number;
  bytes: number;
  /** Size of the newest checkpoint's state; 0 without one. */
  checkpointBytes: number;
}

/**
 * True when a new checkpoint should be built. Both thresholds grow with the checkpoint, so a
 * large document is rewritten only after edits worth a share of it (bench/writeAmplification.ts).
 */
export function checkpointIsDue(policy: CheckpointPolicy, since: LogSinceCheckpoint): boolean {
  const manyEntries =
    since.entries >= policy.everyEntries && since.bytes >= since.checkpointBytes / 8;
  return manyEntries || since.bytes >= Math.max(policy.everyBytes, since.checkpointBytes / 2);
}
