import { memo, useMemo } from 'react';
import type { TrackView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import { frameAtMs } from '../../shared/time/frameAtMs.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { KEYFRAME_MARK_PX, keyframeMarksPath } from './keyframeMarksPath.ts';
import { lanePointerPx } from './lanePointerPx.ts';
import type { LinkRange } from './linkRangesByObject.ts';
import type { TimelineView } from './timelineView.ts';
import { msToPx, pxToMs } from './timelineView.ts';
import { trackExtent } from './trackExtent.ts';

/** Props of one track's row. */
export interface TrackRowProps {
  track: TrackView;
  label: Label | undefined;
  view: TimelineView;
  frameRate: FrameRate;
  durationMs: number;
  selected: boolean;
  /** Links that hold over part of this track's time, drawn under its span. */
  linkRanges: readonly LinkRange[];
  onPick(trackId: string, additive: boolean): void;
  onSeek(ms: number): void;
}

const ROW_CENTRE_PX = 10;
const UNLABELLED_COLOUR = '#888888';

/** A track: where its object is in view, and its keyframes; a press selects it and seeks there. */
export const TrackRow = memo(function TrackRow(props: TrackRowProps) {
  const { track, label, view, frameRate } = props;
  const extent = useMemo(
    () => trackExtent(track.keyframes, frameRate),
    [track.keyframes, frameRate],
  );
  const firstFrame = frameAtMs(view.startMs, frameRate);
  const colour = label?.colour ?? UNLABELLED_COLOUR;
  const seekNear = (xPx: number) => {
    const near = extent.ticks.find(
      (tick) => Math.abs(msToPx(tick.ms, view) - xPx) <= KEYFRAME_MARK_PX,
    );
    const ms = near ? near.ms : pxToMs(xPx, view);
    props.onSeek(Math.round(Math.min(props.durationMs, Math.max(0, ms))));
  };
  return (
    <div
      className="timeline-row"
      data-testid={`track-row-${track.id}`}
      data-selected={props.selected || undefined}
    >
      <div className="timeline-row-header" title={`track ${track.id}`}>
        <span className="timeline-swatch" style={{ background: colour }} />
        <span className="timeline-row-name">{label?.name ?? 'Unlabelled'}</span>
        <span className="timeline-row-id">{track.id.slice(0, 6)}</span>
      </div>
      <div
        className="timeline-lane timeline-track-lane"
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          props.onPick(track.id, event.shiftKey || event.metaKey || event.ctrlKey);
          seekNear(lanePointerPx(event));
        }}
      >
        <svg className="timeline-track-svg" width={view.widthPx} height={ROW_CENTRE_PX * 2}>
          {extent.spans.map((span) => (
            <rect
              key={span.startMs}
              className="timeline-track-span"
              x={msToPx(span.startMs, view)}
              width={Math.max(1, (span.endMs - span.startMs) * view.pxPerMs)}
              y={ROW_CENTRE_PX - 3}
              height={6}
              fill={colour}
            />
          ))}
          {props.linkRanges.map((range) => (
            <rect
              key={range.linkId}
              className="timeline-link-range"
              data-testid={`link-range-${range.linkId}`}
              x={msToPx(range.startMs, view)}
              width={Math.max(2, (range.endMs - range.startMs) * view.pxPerMs)}
              y={ROW_CENTRE_PX + 5}
              height={3}
              fill={range.colour}
            >
              <title>{range.caption}</title>
            </rect>
          ))}
          <path
            className="timeline-keyframes"
            d={keyframeMarksPath(extent.ticks, firstFrame, view, ROW_CENTRE_PX, false)}
            fill={colour}
          />
          <path
            className="timeline-keyframes-outside"
            d={keyframeMarksPath(extent.ticks, firstFrame, view, ROW_CENTRE_PX, true)}
            stroke={colour}
          />
        </svg>
      </div>
    </div>
  );
});
