import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useMemo, useState } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { RelationType } from '../../shared/schema/relationType.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { Tier } from '../../shared/schema/tier.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import type { EditorCommands } from '../commands/EditorCommands.ts';
import type { TimelineActionContext } from './runTimelineAction.ts';
import { linkRangesByObject } from './linkRangesByObject.ts';
import { runTimelineAction } from './runTimelineAction.ts';
import { TimelineRows } from './TimelineRows.tsx';
import { TimelineScrollbar } from './TimelineScrollbar.tsx';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import { timelineKeyAction } from './timelineKeyAction.ts';
import { hasFrames, timelineStepRate } from './timelineStepRate.ts';
import { msToPx } from './timelineView.ts';
import { TimeRuler } from './TimeRuler.tsx';
import { useSegmentation } from './useSegmentation.ts';
import { useTimelineModel } from './useTimelineModel.ts';
import { useTimelineView } from './useTimelineView.ts';
import { WaveformRow } from './WaveformRow.tsx';
import type { WaveformSource } from './WaveformSource.ts';
import './TimelinePane.css';

/** What the editor page gives the timeline. */
export interface TimelinePaneProps {
  snapshot: LayerSnapshot;
  tiers: readonly Tier[];
  labels: readonly Label[];
  durationMs: number;
  /** The video's frame rate; 0/1 for audio-only media, whose timeline steps in 10 ms. */
  frameRate: FrameRate;
  playheadMs: number;
  selection: readonly string[];
  canWrite: boolean;
  commands: EditorCommands;
  onSeek(ms: number): void;
  onSelect(ids: string[]): void;
  onPlayRange(startMs: number, endMs: number): void;
  /** The media's waveform, for media with audio; null leaves the waveform row out. */
  waveform?: WaveformSource | null;
  /** The playback rate, which scales the reaction-time compensation of segmentation. */
  playbackRate?: number;
  /** The project's relation types, which colour the links drawn on track rows. */
  relationTypes?: readonly RelationType[];
}

const NO_RELATION_TYPES: readonly RelationType[] = [];

function isTextEntry(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Ruler, waveform, playhead, a row per tier and per track; segments are created, moved, trimmed and labelled here. */
export function TimelinePane(props: TimelinePaneProps) {
  const { durationMs, frameRate, playheadMs } = props;
  const stepRate = timelineStepRate(frameRate);
  const frameMs = (1000 * stepRate.den) / stepRate.num;
  const controls = useTimelineView(durationMs, frameMs, playheadMs);
  const { view } = controls;
  const model = useTimelineModel(props.snapshot, props.tiers, props.labels, props.selection);
  const { relationTypes = NO_RELATION_TYPES } = props;
  const linkRanges = useMemo(
    () => linkRangesByObject(props.snapshot.links, relationTypes),
    [props.snapshot.links, relationTypes],
  );
  const [error, setError] = useState<string | null>(null);
  const report = (result: Result<unknown>) => setError(result.ok ? null : result.error);
  const segmentation = useSegmentation({
    commands: props.commands,
    durationMs,
    playbackRate: props.playbackRate ?? 1,
    report,
    onSelect: props.onSelect,
  });
  const newSegmentTierId = model.selectedSegments[0]?.tierId ?? model.segmentTiers[0]?.id ?? null;
  const context: TimelineActionContext = {
    commands: props.commands,
    canWrite: props.canWrite,
    playheadMs,
    durationMs,
    selectedSegments: model.selectedSegments,
    selectedUtterances: model.selectedUtterances,
    newSegmentTierId,
    onSelect: props.onSelect,
    onPlayRange: props.onPlayRange,
    zoomBy: (factor) => controls.zoomBy(factor, view ? msToPx(playheadMs, view) : undefined),
    report,
    markBoundary: () => segmentation.mark(playheadMs, newSegmentTierId),
    stopSegmenting: segmentation.stop,
  };
  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (isTextEntry(event.target)) return;
    const action = timelineKeyAction(event, props.labels);
    if (action && runTimelineAction(action, context)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const playheadPx = view ? msToPx(playheadMs, view) : -1;
  return (
    <div
      className="timeline"
      data-testid="timeline"
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label="Timeline"
    >
      <TimelineToolbar
        selectedSegments={model.selectedSegments}
        selectedUtterances={model.selectedUtterances}
        labels={props.labels}
        canWrite={props.canWrite}
        run={(action) => runTimelineAction(action, context)}
        onFit={controls.fit}
        segmentation={segmentation}
      />
      {error && (
        <p className="timeline-error" role="alert">
          {error}
        </p>
      )}
      <div className="timeline-body" ref={controls.wheelRef}>
        <div className="timeline-row timeline-ruler-row">
          <div className="timeline-row-header" />
          <TimeRuler
            view={view}
            durationMs={durationMs}
            frameRate={hasFrames(frameRate) ? frameRate : null}
            measureRef={controls.measureRef}
            onSeek={props.onSeek}
          />
        </div>
        {view && props.waveform && (
          <WaveformRow
            source={props.waveform}
            view={view}
            durationMs={durationMs}
            onSeek={props.onSeek}
          />
        )}
        {view && (
          <TimelineRows
            model={model}
            tracks={props.snapshot.tracks}
            view={view}
            frameRate={stepRate}
            durationMs={durationMs}
            canWrite={props.canWrite}
            selection={props.selection}
            actions={{ ...context, onSeek: props.onSeek }}
            linkRanges={linkRanges}
          />
        )}
        {view && segmentation.openMs !== null && (
          <div
            className="timeline-open-boundary"
            data-testid="timeline-open-boundary"
            style={{
              left: `calc(var(--timeline-header-width) + ${msToPx(segmentation.openMs, view)}px)`,
            }}
          />
        )}
        {view && playheadPx >= 0 && playheadPx <= view.widthPx && (
          <div
            className="timeline-playhead"
            data-testid="timeline-playhead"
            style={{ left: `calc(var(--timeline-header-width) + ${playheadPx}px)` }}
          />
        )}
        {view && (
          <TimelineScrollbar
            view={view}
            durationMs={durationMs}
            onScrollByPx={controls.scrollByPx}
          />
        )}
      </div>
    </div>
  );
}
