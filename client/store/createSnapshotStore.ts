import type { FrameScheduler } from './scheduleFrame.ts';
import { scheduleFrame } from './scheduleFrame.ts';
import type { SnapshotStore } from './SnapshotStore.ts';

/** Where a snapshot store's data comes from. */
export interface SnapshotSource<T> {
  read(): T;
  /** Returns `previous` when `next` shows the same thing, reusing unchanged parts otherwise. */
  share(previous: T, next: T): T;
  /** Calls onChange whenever the data may have changed; returns the function that stops watching. */
  watch(onChange: () => void): () => void;
}

/** A store that re-reads its source at most once per animation frame, however many changes arrive. */
export function createSnapshotStore<T>(
  source: SnapshotSource<T>,
  schedule: FrameScheduler = scheduleFrame,
): SnapshotStore<T> {
  let snapshot = source.read();
  let dirty = false;
  let cancelScheduled: (() => void) | null = null;
  const listeners = new Set<() => void>();

  const flush = () => {
    cancelScheduled?.();
    cancelScheduled = null;
    if (!dirty) return;
    dirty = false;
    const next = source.share(snapshot, source.read());
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };

  const stopWatching = source.watch(() => {
    dirty = true;
    cancelScheduled ??= schedule(flush);
  });

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush,
    dispose() {
      stopWatching();
      cancelScheduled?.();
      cancelScheduled = null;
      listeners.clear();
    },
  };
}
