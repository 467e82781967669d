import type { Disagreement } from '../Disagreement.ts';
import type { DisagreementSet } from './DisagreementSet.ts';

/** Something of one layer on a tier's time line: a segment, or an utterance. */
export interface Timed {
  startMs: number;
  endMs: number;
}

/** An item of one side of a pair, placed in its block. */
export interface Placed<T> {
  side: 0 | 1;
  item: T;
}

/**
 * Both layers' items of a tier split into blocks of overlapping time: items in different blocks
 * never overlap, so they are never compared with each other.
 */
function blocksOf<T extends Timed>(left: readonly T[], right: readonly T[]): Placed<T>[][] {
  const placed: Placed<T>[] = [
    ...left.map((item) => ({ side: 0 as const, item })),
    ...right.map((item) => ({ side: 1 as const, item })),
  ].sort((a, b) => a.item.startMs - b.item.startMs);
  const blocks: Placed<T>[][] = [];
  let endMs = -Infinity;
  for (const each of placed) {
    if (each.item.startMs >= endMs) blocks.push([]);
    (blocks.at(-1) as Placed<T>[]).push(each);
    endMs = Math.max(endMs, each.item.endMs);
  }
  return blocks;
}

/** The items of one side of a block. */
export function sideOf<T>(block: readonly Placed<T>[], side: 0 | 1): T[] {
  return block.filter((each) => each.side === side).map((each) => each.item);
}

/**
 * A pair's comparisons of its tiers, kept per block of overlapping time under a key that changes
 * whenever anything in the block does: an update compares only blocks it has not seen, and
 * hands the disagreements of blocks gone and new to the sink.
 */
export class TierBlocks<T extends Timed, Compared extends { disagreements: Disagreement[] }> {
  private readonly tiers = new Map<string, Map<string, Compared>>();
  private readonly sink: DisagreementSet;
  private readonly keyOf: (placed: Placed<T>) => string;
  private readonly compare: (block: readonly Placed<T>[]) => Compared;

  constructor(options: {
    sink: DisagreementSet;
    /** What identifies an item's state: a block's key is its items' keys. */
    keyOf: (placed: Placed<T>) => string;
    compare: (block: readonly Placed<T>[]) => Compared;
  }) {
    this.sink = options.sink;
    this.keyOf = options.keyOf;
    this.compare = options.compare;
  }

  update(tierId: string, left: readonly T[], right: readonly T[]): void {
    const before = this.tiers.get(tierId) ?? new Map<string, Compared>();
    const after = new Map<string, Compared>();
    for (const block of blocksOf(left, right)) {
      const key = block.map(this.keyOf).sort().join('\u0001');
      after.set(key, before.get(key) ?? this.compare(block));
    }
    for (const [key, compared] of before) {
      if (!after.has(key)) this.sink.replace(compared.disagreements, []);
    }
    for (const [key, compared] of after) {
      if (!before.has(key)) this.sink.replace([], compared.disagreements);
    }
    this.tiers.set(tierId, after);
  }

  /** Every block's comparison now. */
  *compared(): IterableIterator<Compared> {
    for (const blocks of this.tiers.values()) yield* blocks.values();
  }

  /** Forgets every tier, taking its disagreements out of the sink. */
  clear(): void {
    for (const { disagreements } of this.compared()) this.sink.replace(disagreements, []);
    this.tiers.clear();
  }
}
