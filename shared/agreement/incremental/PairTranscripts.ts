import type { Disagreement } from '../Disagreement.ts';
import type { Utterance } from '../temporal/groupOverlappingUtterances.ts';
import type { TranscriptSummary, TranscriptTotals } from '../transcriptDisagreements.ts';
import {
  addTranscriptTotals,
  emptyTranscriptTotals,
  transcriptDisagreements,
  transcriptSummaryOf,
} from '../transcriptDisagreements.ts';
import type { DisagreementSet } from './DisagreementSet.ts';
import type { LayerIndex } from './LayerIndex.ts';
import { sideOf, TierBlocks } from './TierBlocks.ts';

function utterancesOnTier(layer: LayerIndex, tierId: string): Utterance[] {
  return layer.segmentsOnTier(tierId).map(({ id, startMs, endMs }) => ({
    id,
    startMs,
    endMs,
    text: layer.textOf(id),
  }));
}

/**
 * The transcript comparison of one pair of layers, kept per tier and per block of overlapping
 * utterances: an edit of timing or text recomputes only the blocks it changed, and the totals are
 * whole numbers, so they add up to transcriptDisagreements over each tier at once.
 */
export class PairTranscripts {
  readonly layers: readonly [string, string];
  private readonly blocks: TierBlocks<
    Utterance,
    { disagreements: Disagreement[]; totals: TranscriptTotals }
  >;

  constructor(layers: readonly [string, string], sink: DisagreementSet) {
    this.layers = layers;
    this.blocks = new TierBlocks({
      sink,
      keyOf: ({ side, item }) =>
        JSON.stringify([side, item.id, item.startMs, item.endMs, item.text]),
      compare: (block) => transcriptDisagreements(layers, sideOf(block, 0), sideOf(block, 1)),
    });
  }

  update(left: LayerIndex, right: LayerIndex, tierIds: Iterable<string>): void {
    for (const tierId of tierIds) {
      this.blocks.update(tierId, utterancesOnTier(left, tierId), utterancesOnTier(right, tierId));
    }
  }

  summary(): TranscriptSummary {
    const total = emptyTranscriptTotals();
    for (const { totals } of this.blocks.compared()) addTranscriptTotals(total, totals);
    return transcriptSummaryOf(total);
  }

  /** Forgets every tier, taking its disagreements out of the sink. */
  clear(): void {
    this.blocks.clear();
  }
}
