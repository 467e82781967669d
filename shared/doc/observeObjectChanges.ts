import type * as Y from 'yjs';
import { objectsOf } from './layerRoots.ts';

/**
 * Calls `changed` after each transaction that touches the `objects` root with the ids of the
 * records it added, removed or changed anywhere inside; answers a function that stops observing.
 */
export function observeObjectChanges(doc: Y.Doc, changed: (ids: Set<string>) => void): () => void {
  const objects = objectsOf(doc);
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const ids = new Set<string>();
    for (const event of events) {
      if (event.target === objects) {
        for (const key of event.keys.keys()) ids.add(key);
      } else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
    }
    if (ids.size > 0) changed(ids);
  };
  objects.observeDeep(observer);
  return () => objects.unobserveDeep(observer);
}
