import type { MsRange } from '../timeline/dragSegmentRange.ts';
import type { TimelineView } from '../timeline/timelineView.ts';
import { msToPx } from '../timeline/timelineView.ts';

/** Where one layer has objects along the time line, in the layer's colour. */
export function LayerSpanRow(props: {
  view: TimelineView;
  layer: string;
  who: string;
  colour: string;
  spans: readonly MsRange[];
  onSeek: (ms: number) => void;
}) {
  const { view } = props;
  return (
    <div className="timeline-row" data-testid={`layer-row-${props.layer}`}>
      <div className="timeline-row-header" title={props.layer}>
        <span className="timeline-swatch" style={{ background: props.colour }} />
        <span className="timeline-row-name">{props.who}</span>
      </div>
      <div className="timeline-lane review-span-lane">
        <svg width={view.widthPx} height="100%" aria-hidden>
          {props.spans.map((span, index) => {
            const left = msToPx(span.startMs, view);
            const right = msToPx(span.endMs, view);
            if (right < 0 || left > view.widthPx) return null;
            return (
              <rect
                key={index}
                x={left}
                y={3}
                width={Math.max(2, right - left)}
                height={10}
                rx={2}
                fill={props.colour}
                fillOpacity={0.55}
                onClick={() => props.onSeek(span.startMs)}
              />
            );
          })}
        </svg>
      </div>
    </div>
  );
}
