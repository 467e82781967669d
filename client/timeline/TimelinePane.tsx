import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useState } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { Tier } from '../../shared/schema/tier.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import type { EditorCommands } from '../commands/EditorCommands.ts';
import type { TimelineActionContext } from './runTimelineAction.ts';
import { runTimelineAction } from './runTimelineAction.ts';
import { TimelineRows } from './TimelineRows.tsx';
import { TimelineScrollbar } from './TimelineScrollbar.tsx';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import { timelineKeyAction } from './timelineKeyAction.ts';
import { msToPx } from './timelineView.ts';
import { TimeRuler } from './TimeRuler.tsx';
import { useTimelineModel } from './useTimelineModel.ts';
import { useTimelineView } from './useTimelineView.ts';
import './TimelinePane.css';

/** What the editor page gives the timeline. */
export interface TimelinePaneProps {
  snapshot: LayerSnapshot;
  tiers: readonly Tier[];
  labels: readonly Label[];
  durationMs: number;
  frameRate: FrameRate;
  playheadMs: number;
  selection: readonly string[];
  canWrite: boolean;
  commands: EditorCommands;
  onSeek(ms: number): void;
  onSelect(ids: string[]): void;
  onPlayRange(startMs: number, endMs: number): void;
}

function isTextEntry(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Ruler, playhead, a row per tier and per track; segments are created, moved, trimmed and labelled here. */
export function TimelinePane(props: TimelinePaneProps) {
  const { durationMs, frameRate, playheadMs } = props;
  const frameMs = (1000 * frameRate.den) / frameRate.num;
  const controls = useTimelineView(durationMs, frameMs, playheadMs);
  const { view } = controls;
  const model = useTimelineModel(props.snapshot, props.tiers, props.labels, props.selection);
  const [error, setError] = useState<string | null>(null);
  const context: TimelineActionContext = {
    commands: props.commands,
    canWrite: props.canWrite,
    playheadMs,
    durationMs,
    selectedSegments: model.selectedSegments,
    selectedUtterances: model.selectedUtterances,
    newSegmentTierId: model.selectedSegments[0]?.tierId ?? model.segmentTiers[0]?.id ?? null,
    onSelect: props.onSelect,
    onPlayRange: props.onPlayRange,
    zoomBy: (factor) => controls.zoomBy(factor, view ? msToPx(playheadMs, view) : undefined),
    report: (result: Result<unknown>) => setError(result.ok ? null : result.error),
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
            frameRate={frameRate}
            measureRef={controls.measureRef}
            onSeek={props.onSeek}
          />
        </div>
        {view && (
          <TimelineRows
            model={model}
            tracks={props.snapshot.tracks}
            view={view}
            frameRate={frameRate}
            durationMs={durationMs}
            canWrite={props.canWrite}
            selection={props.selection}
            actions={{ ...context, onSeek: props.onSeek }}
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
