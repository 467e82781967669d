import type { SegmentView } from '../../doc/readLayer.ts';
import type { Disagreement } from '../Disagreement.ts';
import type { SegmentSummary } from '../segmentDisagreements.ts';
import { meanBoundaryErrorOf, segmentDisagreements } from '../segmentDisagreements.ts';
import type { DisagreementSet } from './DisagreementSet.ts';
import type { LayerIndex } from './LayerIndex.ts';

interface Compared {
  disagreements: Disagreement[];
  summary: SegmentSummary;
}

interface Placed {
  side: 0 | 1;
  segment: SegmentView;
}

/**
 * A tier's segments of both layers split into blocks of overlapping time (segments in different
 * blocks never overlap, so never match), each with a key that changes when any of its segments do.
 */
function blocksOf(left: readonly SegmentView[], right: readonly SegmentView[]): Placed[][] {
  const placed: Placed[] = [
    ...left.map((segment) => ({ side: 0 as const, segment })),
    ...right.map((segment) => ({ side: 1 as const, segment })),
  ].sort((a, b) => a.segment.startMs - b.segment.startMs);
  const blocks: Placed[][] = [];
  let endMs = -Infinity;
  for (const each of placed) {
    if (each.segment.startMs >= endMs) blocks.push([]);
    (blocks.at(-1) as Placed[]).push(each);
    endMs = Math.max(endMs, each.segment.endMs);
  }
  return blocks;
}

function keyOf(block: readonly Placed[]): string {
  return block
    .map(
      ({ side, segment }) =>
        `${side}${segment.id}@${segment.startMs}-${segment.endMs}:${segment.labelId}`,
    )
    .sort()
    .join('|');
}

/**
 * The segment comparison of one pair of layers, kept per tier and, within a tier, per block of
 * overlapping segments: an edit recomputes only the blocks whose segments changed, and the
 * integer totals add up to what segmentDisagreements gives for all tiers at once.
 */
export class PairSegments {
  private readonly tiers = new Map<string, Map<string, Compared>>();
  readonly layers: readonly [string, string];
  private readonly sink: DisagreementSet;

  constructor(layers: readonly [string, string], sink: DisagreementSet) {
    this.layers = layers;
    this.sink = sink;
  }

  update(left: LayerIndex, right: LayerIndex, tierIds: Iterable<string>): void {
    for (const tierId of tierIds) {
      const before = this.tiers.get(tierId) ?? new Map<string, Compared>();
      const after = new Map<string, Compared>();
      for (const block of blocksOf(left.segmentsOnTier(tierId), right.segmentsOnTier(tierId))) {
        const key = keyOf(block);
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
  }

  summary(): SegmentSummary {
    const total = { matched: 0, missing: 0, extra: 0, sameLabel: 0, boundaryErrorTotalMs: 0 };
    for (const blocks of this.tiers.values()) {
      for (const { summary } of blocks.values()) {
        total.matched += summary.matched;
        total.missing += summary.missing;
        total.extra += summary.extra;
        total.sameLabel += summary.sameLabel;
        total.boundaryErrorTotalMs += summary.boundaryErrorTotalMs;
      }
    }
    return {
      ...total,
      meanBoundaryErrorMs: meanBoundaryErrorOf(total.boundaryErrorTotalMs, total.matched),
    };
  }

  /** Forgets every tier, taking its disagreements out of the sink. */
  clear(): void {
    for (const blocks of this.tiers.values()) {
      for (const { disagreements } of blocks.values()) this.sink.replace(disagreements, []);
    }
    this.tiers.clear();
  }

  private compare(block: readonly Placed[]): Compared {
    const sideOf = (side: 0 | 1) =>
      block.filter((each) => each.side === side).map((each) => each.segment);
    const compared = segmentDisagreements(this.layers, sideOf(0), sideOf(1));
    // The default comparison is valid, so comparing cannot fail.
    if (!compared.ok) throw new Error(compared.error);
    return compared.value;
  }
}
