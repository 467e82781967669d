import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Subscribable } from './useStore.ts';

/** The current snapshot of each store, as one array that stays the same object until one of them changes. */
export function useStores<T>(stores: readonly Subscribable<T>[]): readonly T[] {
  const last = useRef<readonly T[]>([]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const unsubscribes = stores.map((store) => store.subscribe(listener));
      return () => {
        for (const unsubscribe of unsubscribes) unsubscribe();
      };
    },
    [stores],
  );
  const getSnapshot = useCallback(() => {
    const current = stores.map((store) => store.getSnapshot());
    const previous = last.current;
    const same =
      previous.length === current.length &&
      current.every((each, index) => each === previous[index]);
    if (!same) last.current = current;
    return last.current;
  }, [stores]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
