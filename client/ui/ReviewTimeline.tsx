import type { FrameRate } from '../../shared/time/FrameRate.ts';
import type { WeightedRange } from '../review/heatBins.ts';
import type { MsRange } from '../timeline/dragSegmentRange.ts';
import { hasFrames, timelineStepRate } from '../timeline/timelineStepRate.ts';
import { msToPx } from '../timeline/timelineView.ts';
import { TimelineScrollbar } from '../timeline/TimelineScrollbar.tsx';
import { TimeRuler } from '../timeline/TimeRuler.tsx';
import { useTimelineView } from '../timeline/useTimelineView.ts';
import type { CommentPin } from './CommentPinRow.tsx';
import { CommentPinRow } from './CommentPinRow.tsx';
import { DisagreementHeatStrip } from './DisagreementHeatStrip.tsx';
import { LayerSpanRow } from './LayerSpanRow.tsx';
import '../timeline/TimelinePane.css';

/** A compared layer's row on the review timeline. */
export interface TimelineLayer {
  layer: string;
  who: string;
  colour: string;
  spans: readonly MsRange[];
}

/**
 * The review page's timeline: the ruler, the disagreement heat strip, the comment pins and a row
 * per layer showing where it has objects; zoom and scroll as in the editor, press to seek.
 */
export function ReviewTimeline(props: {
  durationMs: number;
  frameRate: FrameRate;
  playheadMs: number;
  heat: readonly WeightedRange[];
  pins: readonly CommentPin[];
  layers: readonly TimelineLayer[];
  onSeek: (ms: number) => void;
  onPin: (pin: CommentPin) => void;
}) {
  const { durationMs, frameRate, playheadMs, onSeek } = props;
  const stepRate = timelineStepRate(frameRate);
  const controls = useTimelineView(durationMs, (1000 * stepRate.den) / stepRate.num, playheadMs);
  const { view } = controls;
  const playheadPx = view ? msToPx(playheadMs, view) : -1;
  return (
    <div className="timeline review-timeline" data-testid="review-timeline" aria-label="Timeline">
      <div className="timeline-body" ref={controls.wheelRef}>
        <div className="timeline-row timeline-ruler-row">
          <div className="timeline-row-header">
            <button type="button" onClick={controls.fit} title="Show the whole media">
              Fit
            </button>
          </div>
          <TimeRuler
            view={view}
            durationMs={durationMs}
            frameRate={hasFrames(frameRate) ? frameRate : null}
            measureRef={controls.measureRef}
            onSeek={onSeek}
          />
        </div>
        {view && (
          <div className="timeline-rows">
            <div className="timeline-row">
              <div className="timeline-row-header">Disagreements ({props.heat.length})</div>
              <DisagreementHeatStrip
                view={view}
                durationMs={durationMs}
                ranges={props.heat}
                onSeek={onSeek}
              />
            </div>
            <div className="timeline-row">
              <div className="timeline-row-header">Comments ({props.pins.length})</div>
              <CommentPinRow view={view} pins={props.pins} onPin={props.onPin} />
            </div>
            {props.layers.map((layer) => (
              <LayerSpanRow key={layer.layer} view={view} {...layer} onSeek={onSeek} />
            ))}
          </div>
        )}
        {view && playheadPx >= 0 && playheadPx <= view.widthPx && (
          <div
            className="timeline-playhead"
            data-testid="review-playhead"
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
