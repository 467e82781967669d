import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Tier } from '../../shared/schema/tier.ts';
import type { FrameBox } from '../tools/boxesAtFrame.ts';
import { formatDuration } from './formatDuration.ts';

/** The layer's tracks, masks and segments; a click selects, shift-click adds to the selection. */
export function ObjectList(props: {
  snapshot: LayerSnapshot;
  frameBoxes: readonly FrameBox[];
  labels: readonly Label[];
  tiers: readonly Tier[];
  selection: readonly string[];
  onSelect: (ids: string[]) => void;
}) {
  const labels = new Map(props.labels.map((label) => [label.id, label]));
  const tiers = new Map(props.tiers.map((tier) => [tier.id, tier]));
  const atFrame = new Map(props.frameBoxes.map((box) => [box.trackId, box]));
  const select = (id: string, additive: boolean) =>
    props.onSelect(
      additive
        ? props.selection.includes(id)
          ? props.selection.filter((selected) => selected !== id)
          : [...props.selection, id]
        : [id],
    );
  const row = (id: string, labelId: string | null, detail: string) => {
    const label = labelId ? labels.get(labelId) : undefined;
    return (
      <li key={id}>
        <button
          type="button"
          className={props.selection.includes(id) ? 'object selected' : 'object'}
          data-testid={`object-${id}`}
          onClick={(event) => select(id, event.shiftKey)}
        >
          <span className="swatch" style={{ backgroundColor: label?.colour ?? '#9e9e9e' }} />
          <span>{label?.name ?? 'no label'}</span>
          <span className="muted">{detail}</span>
        </button>
      </li>
    );
  };
  const { tracks, segments, masks } = props.snapshot;
  return (
    <div className="object-list" data-testid="object-list">
      <h2>Tracks ({tracks.length})</h2>
      <ul>
        {tracks.map((track) => {
          const box = atFrame.get(track.id);
          const state = !box
            ? 'not started'
            : box.outside
              ? 'outside'
              : box.isKeyframe
                ? 'keyframe'
                : 'visible';
          return row(track.id, track.labelId, `${track.keyframes.length} kf · ${state}`);
        })}
      </ul>
      <h2>Masks ({masks.length})</h2>
      <ul>
        {masks.map((mask) =>
          row(
            mask.id,
            mask.labelId,
            `${mask.frames.length === 1 ? `frame ${mask.frames[0]}` : `${mask.frames.length} frames`} · ${mask.authors.length} painter${mask.authors.length === 1 ? '' : 's'}`,
          ),
        )}
      </ul>
      <h2>Segments ({segments.length})</h2>
      <ul>
        {segments.map((segment) =>
          row(
            segment.id,
            segment.labelId,
            `${tiers.get(segment.tierId)?.name ?? segment.tierId} · ${formatDuration(segment.startMs)}–${formatDuration(segment.endMs)}`,
          ),
        )}
      </ul>
    </div>
  );
}
