import { performance } from 'node:perf_hooks';
import type * as Y from 'yjs';

/** Milliseconds from `write` (on another client) until `visible` holds on `reader`. */
export function timeUntilVisible(
  reader: Y.Doc,
  write: () => void,
  visible: () => boolean,
  timeoutMs = 5_000,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let startedAt = 0;
    const finish = () => {
      clearTimeout(timer);
      reader.off('update', check);
      resolve(performance.now() - startedAt);
    };
    const check = () => {
      if (visible()) finish();
    };
    const timer = setTimeout(() => {
      reader.off('update', check);
      reject(new Error(`an edit was not visible on the other client after ${timeoutMs} ms`));
    }, timeoutMs);
    reader.on('update', check);
    startedAt = performance.now();
    write();
    check();
  });
}
