import type { SegmentView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import { formatMediaTime } from './formatMediaTime.ts';

/** Props of the bar that acts on the selected segments. */
export interface SegmentInspectorProps {
  segments: readonly SegmentView[];
  labels: readonly Label[];
  canWrite: boolean;
  canDelete: boolean;
  onLabel(labelId: string | null): void;
  onPlay(): void;
  onDelete(): void;
}

const NO_LABEL = '';

/** Label picker, play and delete for the selected segments. */
export function SegmentInspector(props: SegmentInspectorProps) {
  const { segments, labels } = props;
  const first = segments[0];
  if (!first)
    return <span className="timeline-hint">Select a segment, or drag on a tier to create one</span>;
  const labelIds = new Set(segments.map((segment) => segment.labelId));
  const shownLabel = labelIds.size === 1 ? (first.labelId ?? NO_LABEL) : undefined;
  return (
    <div className="timeline-inspector" data-testid="segment-inspector">
      <span className="timeline-inspector-range">
        {segments.length === 1
          ? `${formatMediaTime(first.startMs, true)}–${formatMediaTime(first.endMs, true)}`
          : `${segments.length} segments`}
      </span>
      <select
        aria-label="Segment label"
        disabled={!props.canWrite}
        value={shownLabel ?? 'mixed'}
        onChange={(event) =>
          props.onLabel(event.target.value === NO_LABEL ? null : event.target.value)
        }
      >
        {shownLabel === undefined && (
          <option value="mixed" disabled>
            mixed labels
          </option>
        )}
        <option value={NO_LABEL}>no label</option>
        {labels.map((label) => (
          <option key={label.id} value={label.id}>
            {label.hotkey ? `${label.hotkey} · ${label.name}` : label.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={props.onPlay} title="Play the selected segment (P)">
        ▶ Play
      </button>
      <button
        type="button"
        onClick={props.onDelete}
        disabled={!props.canWrite || !props.canDelete}
        title={
          props.canDelete
            ? 'Delete the selected segments (Delete)'
            : 'Delete utterances from the transcript'
        }
      >
        Delete
      </button>
    </div>
  );
}
