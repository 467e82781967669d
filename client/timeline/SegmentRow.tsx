import type { SegmentView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Tier } from '../../shared/schema/tier.ts';
import { formatMediaTime } from './formatMediaTime.ts';
import type { MsRange, RangeLimits } from './dragSegmentRange.ts';
import type { GestureOutcome } from './segmentGesture.ts';
import type { TimelineView } from './timelineView.ts';
import { msToPx, viewEndMs } from './timelineView.ts';
import { useSegmentGesture } from './useSegmentGesture.ts';

/** Props of one tier's row of segments. */
export interface SegmentRowProps {
  tier: Tier;
  segments: readonly SegmentView[];
  labelsById: ReadonlyMap<string, Label>;
  view: TimelineView;
  limits: RangeLimits;
  selected: ReadonlySet<string>;
  editable: boolean;
  canCreate: boolean;
  onPick(segmentId: string, additive: boolean): void;
  onOutcome(tier: Tier, outcome: GestureOutcome): void;
}

const UNLABELLED_COLOUR = '#9a9a9a';

function caption(segment: SegmentView, label: Label | undefined): string {
  return [label?.name, segment.speaker, segment.value].filter(Boolean).join(' · ');
}

/** A tier: its segments, picked with a click, moved by the body, trimmed by an edge, swept out new. */
export function SegmentRow(props: SegmentRowProps) {
  const { tier, view, labelsById } = props;
  const gesture = useSegmentGesture({
    view,
    segments: props.segments,
    limits: props.limits,
    editable: props.editable,
    canCreate: props.canCreate,
    onPick: props.onPick,
    onOutcome: (outcome) => props.onOutcome(tier, outcome),
  });
  const { preview } = gesture;
  const rangeOf = (segment: SegmentView): MsRange =>
    preview?.segmentId === segment.id ? preview.range : segment;
  const endMs = viewEndMs(view);
  const visible = props.segments.filter((segment) => {
    const range = rangeOf(segment);
    return range.endMs >= view.startMs && range.startMs <= endMs;
  });
  return (
    <div
      className="timeline-row timeline-segment-row"
      data-testid={`tier-row-${tier.id}`}
      data-tier-kind={tier.kind}
    >
      <div
        className="timeline-row-header"
        title={`${tier.name} (${tier.kind}${tier.parentId ? `; segments lie inside ${tier.parentId}` : ''})`}
      >
        <span className={tier.parentId ? 'timeline-row-name child-tier' : 'timeline-row-name'}>
          {tier.parentId ? `↳ ${tier.name}` : tier.name}
        </span>
      </div>
      <div
        className="timeline-lane timeline-segment-lane"
        style={{ cursor: gesture.cursor }}
        onPointerDown={gesture.onPointerDown}
        onPointerMove={gesture.onPointerMove}
        onPointerUp={gesture.onPointerUp}
        onPointerCancel={gesture.onPointerCancel}
      >
        {visible.map((segment) => {
          const range = rangeOf(segment);
          const label = segment.labelId === null ? undefined : labelsById.get(segment.labelId);
          const text = caption(segment, label);
          return (
            <div
              key={segment.id}
              className="timeline-segment"
              data-testid={`segment-${segment.id}`}
              data-selected={props.selected.has(segment.id) || undefined}
              data-dragging={preview?.segmentId === segment.id || undefined}
              title={`${text || 'segment'} ${formatMediaTime(range.startMs, true)}–${formatMediaTime(range.endMs, true)}`}
              style={{
                left: msToPx(range.startMs, view),
                width: Math.max(2, (range.endMs - range.startMs) * view.pxPerMs),
                background: label?.colour ?? UNLABELLED_COLOUR,
              }}
            >
              <span className="timeline-segment-caption">{text}</span>
            </div>
          );
        })}
        {preview && preview.segmentId === null && (
          <div
            className="timeline-segment timeline-segment-ghost"
            style={{
              left: msToPx(preview.range.startMs, view),
              width: Math.max(2, (preview.range.endMs - preview.range.startMs) * view.pxPerMs),
            }}
          />
        )}
      </div>
    </div>
  );
}
