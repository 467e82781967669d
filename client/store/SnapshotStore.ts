/** Immutable snapshots of something that changes, in the shape React's useSyncExternalStore wants. */
export interface SnapshotStore<T> {
  /** The latest snapshot; the same object until something it shows has changed. */
  getSnapshot(): T;
  /** Calls the listener after each new snapshot; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Reads pending changes now instead of on the next frame. */
  flush(): void;
  dispose(): void;
}
