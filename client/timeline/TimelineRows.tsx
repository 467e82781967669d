import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { TrackView } from '../../shared/doc/readLayer.ts';
import type { Tier } from '../../shared/schema/tier.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { applySegmentOutcome } from './applySegmentOutcome.ts';
import type { TimelineActionContext } from './runTimelineAction.ts';
import type { LinkRange } from './linkRangesByObject.ts';
import { linkRangesOf } from './linkRangesByObject.ts';
import { SegmentRow } from './SegmentRow.tsx';
import type { TimelineView } from './timelineView.ts';
import { TrackRow } from './TrackRow.tsx';
import type { TimelineModel } from './useTimelineModel.ts';

/** Props of the rows under the ruler. */
export interface TimelineRowsProps {
  model: TimelineModel;
  tracks: readonly TrackView[];
  view: TimelineView;
  frameRate: FrameRate;
  durationMs: number;
  canWrite: boolean;
  selection: readonly string[];
  actions: TimelineActionContext & { onSeek(ms: number): void };
  /** Links holding over part of an object's time, by object id. */
  linkRanges: ReadonlyMap<string, readonly LinkRange[]>;
}

/** Segment tiers first, then transcript tiers (utterances are created in the transcript), then tracks. */
export function TimelineRows(props: TimelineRowsProps) {
  const { model, view, actions } = props;
  const { num, den } = props.frameRate;
  const frameRate = useMemo(() => ({ num, den }), [num, den]);
  const limits = {
    durationMs: props.durationMs,
    minLengthMs: Math.max(1, Math.ceil((1000 * den) / num)),
  };
  // Stable handlers keep track rows (memoised) from redrawing on every playhead tick.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const pick = useCallback((id: string, additive: boolean) => {
    const { selection, actions: current, model: currentModel } = latest.current;
    if (!additive) current.onSelect([id]);
    else if (currentModel.selected.has(id))
      current.onSelect(selection.filter((other) => other !== id));
    else current.onSelect([...selection, id]);
  }, []);
  const seek = useCallback((ms: number) => latest.current.actions.onSeek(ms), []);
  const segmentRow = (tier: Tier) => (
    <SegmentRow
      key={tier.id}
      tier={tier}
      segments={model.segmentsByTier.get(tier.id) ?? []}
      labelsById={model.labelsById}
      view={view}
      limits={limits}
      selected={model.selected}
      editable={props.canWrite}
      canCreate={props.canWrite && tier.kind === 'segments'}
      onPick={pick}
      onOutcome={(rowTier, outcome) => applySegmentOutcome(rowTier, outcome, actions)}
    />
  );
  return (
    <div className="timeline-rows">
      {model.segmentTiers.map(segmentRow)}
      {model.transcriptTiers.map(segmentRow)}
      {props.tracks.map((track) => (
        <TrackRow
          key={track.id}
          track={track}
          label={track.labelId === null ? undefined : model.labelsById.get(track.labelId)}
          view={view}
          frameRate={frameRate}
          durationMs={props.durationMs}
          selected={model.selected.has(track.id)}
          linkRanges={linkRangesOf(props.linkRanges, track.id)}
          onPick={pick}
          onSeek={seek}
        />
      ))}
    </div>
  );
}
