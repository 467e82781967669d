import { useMemo } from 'react';
import type { LayerSnapshot, SegmentView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Tier } from '../../shared/schema/tier.ts';
import { orderTiersByParent } from './orderTiersByParent.ts';

/** The timeline's reading of the layer: rows by tier and what is selected on them. */
export interface TimelineModel {
  selected: ReadonlySet<string>;
  labelsById: ReadonlyMap<string, Label>;
  segmentsByTier: ReadonlyMap<string, readonly SegmentView[]>;
  segmentTiers: readonly Tier[];
  transcriptTiers: readonly Tier[];
  /** Selected segments on `segments` tiers. */
  selectedSegments: readonly SegmentView[];
  /** Selected utterances, on `transcript` tiers. */
  selectedUtterances: readonly SegmentView[];
}

function groupByTier(segments: readonly SegmentView[]): Map<string, SegmentView[]> {
  const byTier = new Map<string, SegmentView[]>();
  for (const segment of segments) {
    const row = byTier.get(segment.tierId);
    if (row) row.push(segment);
    else byTier.set(segment.tierId, [segment]);
  }
  return byTier;
}

function selectedOn(
  tiers: readonly Tier[],
  byTier: ReadonlyMap<string, readonly SegmentView[]>,
  selected: ReadonlySet<string>,
): SegmentView[] {
  return tiers.flatMap((tier) =>
    (byTier.get(tier.id) ?? []).filter((segment) => selected.has(segment.id)),
  );
}

/** Derives the timeline's rows and selection from the snapshot, recomputed only when they change. */
export function useTimelineModel(
  snapshot: LayerSnapshot,
  tiers: readonly Tier[],
  labels: readonly Label[],
  selection: readonly string[],
): TimelineModel {
  const selected = useMemo(() => new Set(selection), [selection]);
  const labelsById = useMemo(() => new Map(labels.map((label) => [label.id, label])), [labels]);
  const segmentsByTier = useMemo(() => groupByTier(snapshot.segments), [snapshot.segments]);
  return useMemo(() => {
    const ordered = orderTiersByParent(tiers);
    const segmentTiers = ordered.filter((tier) => tier.kind === 'segments');
    const transcriptTiers = ordered.filter((tier) => tier.kind === 'transcript');
    return {
      selected,
      labelsById,
      segmentsByTier,
      segmentTiers,
      transcriptTiers,
      selectedSegments: selectedOn(segmentTiers, segmentsByTier, selected),
      selectedUtterances: selectedOn(transcriptTiers, segmentsByTier, selected),
    };
  }, [tiers, selected, labelsById, segmentsByTier]);
}
