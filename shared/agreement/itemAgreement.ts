import type { LayerSnapshot } from '../doc/readLayer.ts';
import type { Label } from '../schema/labelSchema.ts';
import type { Tier } from '../schema/tier.ts';
import type { Result } from '../schema/result.ts';
import { ok } from '../schema/result.ts';
import type { Disagreement } from './Disagreement.ts';
import { iouThresholdOf } from './iouThresholdOf.ts';
import type { SegmentSummary } from './segmentDisagreements.ts';
import { segmentDisagreements } from './segmentDisagreements.ts';
import type { SpatialSummary } from './spatialDisagreements.ts';
import { spatialDisagreements } from './spatialDisagreements.ts';
import type { TranscriptSummary } from './transcriptDisagreements.ts';
import {
  addTranscriptTotals,
  emptyTranscriptTotals,
  transcriptDisagreements,
  transcriptSummaryOf,
  utterancesOf,
} from './transcriptDisagreements.ts';

/** The agreement of one pair of layers. */
export interface PairAgreement {
  layers: readonly [string, string];
  spatial: SpatialSummary;
  segments: SegmentSummary;
  transcripts: TranscriptSummary;
}

/** An item's agreement: every pair of its layers, and every disagreement, ranked. */
export interface ItemAgreement {
  pairs: PairAgreement[];
  /** Most severe first, then by id. */
  disagreements: Disagreement[];
}

/**
 * Compares every pair of the given layers (annotators' layers, and gold when present) of one item:
 * boxes and polygons frame by frame, segments of the `segments` tiers, and the texts of the
 * `transcript` tiers' utterances. Full computation; the
 * same function scores an exported item offline, so a figure in the editor can be reproduced.
 */
export function itemAgreement(
  layers: ReadonlyMap<string, LayerSnapshot>,
  context: {
    media: { width: number; height: number; frameCount: number };
    labels: readonly Label[];
    tiers: readonly Tier[];
    /** Each layer's utterance texts by segment id; utterances without one read as empty. */
    texts?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  },
): Result<ItemAgreement> {
  const labels = new Map(context.labels.map((label) => [label.id, label]));
  const segmentTiers = new Set(
    context.tiers.filter((tier) => tier.kind === 'segments').map((tier) => tier.id),
  );
  const transcriptTiers = context.tiers
    .filter((tier) => tier.kind === 'transcript')
    .map((tier) => tier.id);
  const names = [...layers.keys()].sort();
  const pairs: PairAgreement[] = [];
  const disagreements: Disagreement[] = [];
  for (const [index, leftName] of names.entries()) {
    for (const rightName of names.slice(index + 1)) {
      const pair = [leftName, rightName] as const;
      const left = layers.get(leftName) as LayerSnapshot;
      const right = layers.get(rightName) as LayerSnapshot;
      const spatial = spatialDisagreements(pair, left, right, context.media, (labelId) =>
        iouThresholdOf(labels, labelId),
      );
      if (!spatial.ok) return spatial;
      const onTiers = (snapshot: LayerSnapshot) =>
        snapshot.segments.filter((segment) => segmentTiers.has(segment.tierId));
      const segments = segmentDisagreements(pair, onTiers(left), onTiers(right));
      if (!segments.ok) return segments;
      const transcripts = emptyTranscriptTotals();
      for (const tierId of transcriptTiers) {
        const onTier = (name: string, snapshot: LayerSnapshot) =>
          utterancesOf(
            snapshot.segments.filter((segment) => segment.tierId === tierId),
            context.texts?.get(name),
          );
        const compared = transcriptDisagreements(
          pair,
          onTier(leftName, left),
          onTier(rightName, right),
        );
        addTranscriptTotals(transcripts, compared.totals);
        disagreements.push(...compared.disagreements);
      }
      pairs.push({
        layers: pair,
        spatial: spatial.value.summary,
        segments: segments.value.summary,
        transcripts: transcriptSummaryOf(transcripts),
      });
      disagreements.push(...spatial.value.disagreements, ...segments.value.disagreements);
    }
  }
  disagreements.sort((a, b) => b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ok({ pairs, disagreements });
}
