import type { SegmentView } from '../../doc/readLayer.ts';
import type { Disagreement } from '../Disagreement.ts';
import type { SegmentSummary } from '../segmentDisagreements.ts';
import { meanBoundaryErrorOf, segmentDisagreements } from '../segmentDisagreements.ts';
import type { DisagreementSet } from './DisagreementSet.ts';
import type { LayerIndex } from './LayerIndex.ts';
import { sideOf, TierBlocks } from './TierBlocks.ts';

/**
 * The segment comparison of one pair of layers, kept per tier and, within a tier, per block of
 * overlapping segments: an edit recomputes only the blocks whose segments changed, and the
 * integer totals add up to what segmentDisagreements gives for all tiers at once.
 */
export class PairSegments {
  readonly layers: readonly [string, string];
  private readonly blocks: TierBlocks<
    SegmentView,
    { disagreements: Disagreement[]; summary: SegmentSummary }
  >;

  constructor(layers: readonly [string, string], sink: DisagreementSet) {
    this.layers = layers;
    this.blocks = new TierBlocks({
      sink,
      keyOf: ({ side, item }) =>
        JSON.stringify([side, item.id, item.startMs, item.endMs, item.labelId]),
      compare: (block) => {
        const compared = segmentDisagreements(layers, sideOf(block, 0), sideOf(block, 1));
        // The default comparison is valid, so comparing cannot fail.
        if (!compared.ok) throw new Error(compared.error);
        return compared.value;
      },
    });
  }

  update(left: LayerIndex, right: LayerIndex, tierIds: Iterable<string>): void {
    for (const tierId of tierIds) {
      this.blocks.update(tierId, left.segmentsOnTier(tierId), right.segmentsOnTier(tierId));
    }
  }

  summary(): SegmentSummary {
    const total = { matched: 0, missing: 0, extra: 0, sameLabel: 0, boundaryErrorTotalMs: 0 };
    for (const { summary } of this.blocks.compared()) {
      total.matched += summary.matched;
      total.missing += summary.missing;
      total.extra += summary.extra;
      total.sameLabel += summary.sameLabel;
      total.boundaryErrorTotalMs += summary.boundaryErrorTotalMs;
    }
    return {
      ...total,
      meanBoundaryErrorMs: meanBoundaryErrorOf(total.boundaryErrorTotalMs, total.matched),
    };
  }

  /** Forgets every tier, taking its disagreements out of the sink. */
  clear(): void {
    this.blocks.clear();
  }
}
