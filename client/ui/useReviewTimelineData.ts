import { useMemo } from 'react';
import type { CommentThreadView } from '../../shared/agreement/commentThread.ts';
import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { disagreementTimeRange } from '../review/disagreementTimeRange.ts';
import type { WeightedRange } from '../review/heatBins.ts';
import type { CommentPin } from './CommentPinRow.tsx';
import { commentPins } from './commentPins.ts';
import { layerSpans } from './layerSpans.ts';
import type { TimelineLayer } from './ReviewTimeline.tsx';
import type { ShownLayer } from './useReviewStage.ts';

/** What the review timeline draws: the heat of the disagreements listed, comment pins and each shown layer's spans. */
export function useReviewTimelineData(input: {
  shown: readonly Disagreement[];
  visible: readonly ShownLayer[];
  threads: readonly CommentThreadView[];
  frameRate: FrameRate;
  whoOf: (layer: string) => string;
}): { heat: WeightedRange[]; pins: CommentPin[]; layers: TimelineLayer[] } {
  const { shown, visible, threads, frameRate, whoOf } = input;
  const heat = useMemo(
    () =>
      shown.map((entry) => ({
        ...disagreementTimeRange(entry.location, frameRate),
        weight: entry.severity,
      })),
    [shown, frameRate],
  );
  const layers = useMemo(
    () =>
      visible.map((layer) => ({
        layer: layer.layer,
        who: layer.who,
        colour: layer.colour,
        spans: layerSpans(layer.snapshot, frameRate),
      })),
    [visible, frameRate],
  );
  const pins = useMemo(() => commentPins(threads, frameRate, whoOf), [threads, frameRate, whoOf]);
  return { heat, pins, layers };
}
