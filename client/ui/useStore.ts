import { useSyncExternalStore } from 'react';

/** Anything with a stable snapshot and a subscribe function. */
export interface Subscribable<T> {
  getSnapshot(): T;
  subscribe(listener: () => void): () => void;
}

/** Renders with a store's current snapshot and re-renders when it changes. */
export function useStore<T>(store: Subscribable<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
