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

interface Compared {
  disagreements: Disagreement[];
  totals: TranscriptTotals;
}

interface Placed {
  side: 0 | 1;
  utterance: Utterance;
}

function utterancesOnTier(layer: LayerIndex, tierId: string): Utterance[] {
  return layer.segmentsOnTier(tierId).map(({ id, startMs, endMs }) => ({
    id,
    startMs,
    endMs,
    text: layer.textOf(id),
  }));
}

/** Utterances of both sides in blocks of overlapping time: groups never span two blocks. */
function blocksOf(left: readonly Utterance[], right: readonly Utterance[]): Placed[][] {
  const placed: Placed[] = [
    ...left.map((utterance) => ({ side: 0 as const, utterance })),
    ...right.map((utterance) => ({ side: 1 as const, utterance })),
  ].sort((a, b) => a.utterance.startMs - b.utterance.startMs);
  const blocks: Placed[][] = [];
  let endMs = -Infinity;
  for (const each of placed) {
    if (each.utterance.startMs >= endMs) blocks.push([]);
    (blocks.at(-1) as Placed[]).push(each);
    endMs = Math.max(endMs, each.utterance.endMs);
  }
  return blocks;
}

function keyOf(block: readonly Placed[]): string {
  return JSON.stringify(
    block
      .map(({ side, utterance }) => [
        side,
        utterance.id,
        utterance.startMs,
        utterance.endMs,
        utterance.text,
      ])
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
  );
}

/**
 * The transcript comparison of one pair of layers, kept per tier and per block of overlapping
 * utterances: an edit of timing or text recomputes only the blocks it changed, and the totals are
 * whole numbers, so they add up to transcriptDisagreements over each tier at once.
 */
export class PairTranscripts {
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
      const blocks = blocksOf(utterancesOnTier(left, tierId), utterancesOnTier(right, tierId));
      for (const block of blocks) {
        const key = keyOf(block);
        const side = (wanted: 0 | 1) =>
          block.filter((each) => each.side === wanted).map((each) => each.utterance);
        after.set(key, before.get(key) ?? transcriptDisagreements(this.layers, side(0), side(1)));
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

  summary(): TranscriptSummary {
    const total = emptyTranscriptTotals();
    for (const blocks of this.tiers.values()) {
      for (const { totals } of blocks.values()) addTranscriptTotals(total, totals);
    }
    return transcriptSummaryOf(total);
  }

  /** Forgets every tier, taking its disagreements out of the sink. */
  clear(): void {
    for (const blocks of this.tiers.values()) {
      for (const { disagreements } of blocks.values()) this.sink.replace(disagreements, []);
    }
    this.tiers.clear();
  }
}
