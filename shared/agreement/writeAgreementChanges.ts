import type * as Y from 'yjs';
import type { Disagreement } from './Disagreement.ts';
import type { PairAgreement } from './itemAgreement.ts';
import { ROOT_DISAGREEMENTS } from './writeDisagreements.ts';

/** The root of an item's `agreement` document holding each pair of layers' summary, by `left~right`. */
export const ROOT_PAIRS = 'pairs';

/** What a rescore changed: disagreements new or changed, ids gone, and every pair's summary. */
export interface AgreementChanges {
  upserts: Disagreement[];
  removals: string[];
  pairs: PairAgreement[];
}

function same(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * Writes a rescore's changes into an `agreement` document in one transaction, skipping entries
 * that already hold the same value, so watching clients receive only real differences.
 * Answers how many entries were written or removed.
 */
export function writeAgreementChanges(
  doc: Y.Doc,
  changes: AgreementChanges,
  origin: unknown,
): number {
  const stored = doc.getMap<Disagreement>(ROOT_DISAGREEMENTS);
  const pairs = doc.getMap<PairAgreement>(ROOT_PAIRS);
  const wanted = new Map(changes.pairs.map((pair) => [pair.layers.join('~'), pair]));
  let written = 0;
  doc.transact(() => {
    for (const id of changes.removals) {
      if (stored.has(id)) {
        stored.delete(id);
        written += 1;
      }
    }
    for (const entry of changes.upserts) {
      if (!same(stored.get(entry.id), entry)) {
        stored.set(entry.id, entry);
        written += 1;
      }
    }
    for (const key of [...pairs.keys()]) {
      if (!wanted.has(key)) pairs.delete(key);
    }
    for (const [key, pair] of wanted) {
      if (!same(pairs.get(key), pair)) pairs.set(key, pair);
    }
  }, origin);
  return written;
}
