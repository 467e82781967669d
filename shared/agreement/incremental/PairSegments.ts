import type { Disagreement } from '../Disagreement.ts';
import type { SegmentSummary } from '../segmentDisagreements.ts';
import { meanBoundaryErrorOf, segmentDisagreements } from '../segmentDisagreements.ts';
import type { DisagreementSet } from './DisagreementSet.ts';
import type { LayerIndex } from './LayerIndex.ts';

/**
 * The segment comparison of one pair of layers, kept tier by tier: segments match only on their
 * own tier, so a change recomputes its tier alone, and the integer totals add up to what
 * segmentDisagreements gives for all tiers at once.
 */
export class PairSegments {
  private readonly tiers = new Map<
    string,
    { disagreements: Disagreement[]; summary: SegmentSummary }
  >();

  readonly layers: readonly [string, string];
  private readonly sink: DisagreementSet;

  constructor(layers: readonly [string, string], sink: DisagreementSet) {
    this.layers = layers;
    this.sink = sink;
  }

  update(left: LayerIndex, right: LayerIndex, tierIds: Iterable<string>): void {
    for (const tierId of tierIds) {
      const compared = segmentDisagreements(
        this.layers,
        left.segmentsOnTier(tierId),
        right.segmentsOnTier(tierId),
      );
      // The default comparison is valid, so comparing cannot fail.
      if (!compared.ok) throw new Error(compared.error);
      this.sink.replace(this.tiers.get(tierId)?.disagreements ?? [], compared.value.disagreements);
      this.tiers.set(tierId, compared.value);
    }
  }

  summary(): SegmentSummary {
    const total = { matched: 0, missing: 0, extra: 0, sameLabel: 0, boundaryErrorTotalMs: 0 };
    for (const { summary } of this.tiers.values()) {
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
    for (const { disagreements } of this.tiers.values()) this.sink.replace(disagreements, []);
    this.tiers.clear();
  }
}
