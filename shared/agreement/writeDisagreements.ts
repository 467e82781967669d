import type * as Y from 'yjs';
import type { Disagreement } from './Disagreement.ts';

/** The root of an item's `agreement` document that holds the current disagreements by id. */
export const ROOT_DISAGREEMENTS = 'disagreements';

function same(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * Makes the `disagreements` root hold exactly `current`, writing only what changed (new, changed
 * and gone entries), in one transaction; clients watching the document receive the difference.
 * Returns how many entries were written or removed.
 */
export function writeDisagreements(
  doc: Y.Doc,
  current: readonly Disagreement[],
  origin: unknown,
): number {
  const stored = doc.getMap<Disagreement>(ROOT_DISAGREEMENTS);
  const wanted = new Map(current.map((entry) => [entry.id, entry]));
  let changes = 0;
  doc.transact(() => {
    for (const id of [...stored.keys()]) {
      if (!wanted.has(id)) {
        stored.delete(id);
        changes += 1;
      }
    }
    for (const [id, entry] of wanted) {
      if (!same(stored.get(id), entry)) {
        stored.set(id, entry);
        changes += 1;
      }
    }
  }, origin);
  return changes;
}
