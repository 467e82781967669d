import * as Y from 'yjs';
import { sameContent } from './sameContent.ts';

function copyOf(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.clone() : value;
}

/**
 * Makes `live` hold what `target` holds, key by key, recursing into nested maps so that keys
 * already equal are left alone (and a concurrent edit of another key survives). Returns whether
 * anything was written. Call inside a transaction on `live`'s document.
 */
export function restoreMapEntries(live: Y.Map<unknown>, target: Y.Map<unknown>): boolean {
  let changed = false;
  for (const key of [...live.keys()]) {
    if (!target.has(key)) {
      live.delete(key);
      changed = true;
    }
  }
  for (const [key, wanted] of target.entries()) {
    const current = live.get(key);
    if (wanted instanceof Y.Map && current instanceof Y.Map) {
      changed = restoreMapEntries(current, wanted) || changed;
    } else if (!live.has(key) || !sameContent(current, wanted)) {
      live.set(key, copyOf(wanted));
      changed = true;
    }
  }
  return changed;
}
