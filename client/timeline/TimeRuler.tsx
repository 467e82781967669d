import type { PointerEvent as ReactPointerEvent, RefCallback } from 'react';
import { useMemo } from 'react';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { lanePointerPx } from './lanePointerPx.ts';
import { rulerTicks } from './rulerTicks.ts';
import type { TimelineView } from './timelineView.ts';
import { msToPx, pxToMs } from './timelineView.ts';

/** Props of the time ruler. */
export interface TimeRulerProps {
  view: TimelineView | null;
  durationMs: number;
  /** Null for media without frames (audio only): the ruler then shows times only. */
  frameRate: FrameRate | null;
  measureRef: RefCallback<HTMLElement>;
  onSeek(ms: number): void;
}

/** Times and frame boundaries above the rows; pressing or dragging on it seeks. */
export function TimeRuler(props: TimeRulerProps) {
  const { view, durationMs, frameRate, onSeek } = props;
  const ticks = useMemo(
    () => (view ? rulerTicks(view, durationMs, frameRate) : []),
    [view, durationMs, frameRate],
  );
  const seekAt = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!view) return;
    const ms = pxToMs(lanePointerPx(event), view);
    onSeek(Math.round(Math.min(durationMs, Math.max(0, ms))));
  };
  return (
    <div
      className="timeline-lane timeline-ruler"
      data-testid="timeline-ruler"
      ref={props.measureRef}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        seekAt(event);
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) seekAt(event);
      }}
    >
      {view &&
        ticks.map((tick) => (
          <div
            key={`${tick.kind}-${tick.ms}`}
            className={`timeline-tick timeline-tick-${tick.kind}`}
            style={{ left: msToPx(tick.ms, view) }}
          >
            {tick.label !== null && <span className="timeline-tick-label">{tick.label}</span>}
          </div>
        ))}
    </div>
  );
}
