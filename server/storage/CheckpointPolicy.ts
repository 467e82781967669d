/** When a document's log has grown enough since its newest checkpoint to build a new one. */
export interface CheckpointPolicy {
  /** Build after this many log entries. @default 1000 */
  everyEntries: number;
  /** Build after this many log bytes, or half the newest checkpoint's size if larger. @default 1 MiB */
  everyBytes: number;
  /** Checkpoints kept per document; older ones are derived data and are dropped. @default 2 */
  keepCheckpoints: number;
}

export const defaultCheckpointPolicy: CheckpointPolicy = {
  everyEntries: 1000,
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

/** True when a new checkpoint should be built. */
export function checkpointIsDue(policy: CheckpointPolicy, since: LogSinceCheckpoint): boolean {
  // Growing the byte threshold with the checkpoint keeps rewriting a large document rare.
  const bytesThreshold = Math.max(policy.everyBytes, since.checkpointBytes / 2);
  return since.entries >= policy.everyEntries || since.bytes >= bytesThreshold;
}
