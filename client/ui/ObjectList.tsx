import type { LayerSnapshot, LinkEndView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { Tier } from '../../shared/schema/tier.ts';
import type { FrameBox } from '../tools/boxesAtFrame.ts';
import { formatDuration } from './formatDuration.ts';
import { VirtualList } from './VirtualList.tsx';

const ROW_HEIGHT_PX = 30;
const LIST_HEIGHT_PX = 320;

/** One row of the list: a section heading or an object. */
type ObjectRow =
  | { kind: 'heading'; key: string; text: string }
  | { kind: 'object'; key: string; id: string; labelId: string | null; detail: string };

function trackState(box: FrameBox | undefined): string {
  if (!box) return 'not started';
  if (box.outside) return 'outside';
  return box.isKeyframe ? 'keyframe' : 'visible';
}

function endCaption(end: LinkEndView): string {
  if (end.kind === 'text') return end.span ? `“${end.span.text}”` : `“${end.quote}” (deleted)`;
  const range =
    end.startMs === null || end.endMs === null
      ? ''
      : ` ${formatDuration(end.startMs)}–${formatDuration(end.endMs)}`;
  return `${end.objectId.slice(0, 6)}${range}`;
}

function rowsOf(props: {
  snapshot: LayerSnapshot;
  frameBoxes: readonly FrameBox[];
  tiers: readonly Tier[];
}): ObjectRow[] {
  const tiers = new Map(props.tiers.map((tier) => [tier.id, tier]));
  const atFrame = new Map(props.frameBoxes.map((box) => [box.trackId, box]));
  const { tracks, masks, segments, shapes, links } = props.snapshot;
  const heading = (text: string): ObjectRow => ({ kind: 'heading', key: `#${text}`, text });
  const object = (id: string, labelId: string | null, detail: string): ObjectRow => ({
    kind: 'object',
    key: id,
    id,
    labelId,
    detail,
  });
  return [
    heading(`Tracks (${tracks.length})`),
    ...tracks.map((track) =>
      object(
        track.id,
        track.labelId,
        `${track.keyframes.length} kf · ${trackState(atFrame.get(track.id))}`,
      ),
    ),
    heading(`Shapes (${shapes.length})`),
    ...shapes.map((shape) =>
      object(
        shape.id,
        shape.labelId,
        `${shape.geometry} · ${(shape.keyframes[0]?.points.length ?? 0) / 2} pts · ${shape.keyframes.length} kf`,
      ),
    ),
    heading(`Masks (${masks.length})`),
    ...masks.map((mask) =>
      object(
        mask.id,
        mask.labelId,
        `${mask.frames.length === 1 ? `frame ${mask.frames[0]}` : `${mask.frames.length} frames`} · ${mask.authors.length} painter${mask.authors.length === 1 ? '' : 's'}`,
      ),
    ),
    heading(`Segments (${segments.length})`),
    ...segments.map((segment) =>
      object(
        segment.id,
        segment.labelId,
        `${tiers.get(segment.tierId)?.name ?? segment.tierId} · ${formatDuration(segment.startMs)}–${formatDuration(segment.endMs)}`,
      ),
    ),
    heading(`Links (${links.length})`),
    ...links.map((link) =>
      object(
        link.id,
        null,
        `${link.relationTypeId ?? 'link'}: ${endCaption(link.from)} → ${endCaption(link.to)}`,
      ),
    ),
  ];
}

/** The layer's tracks, shapes, masks, segments and links; a click selects, shift-click adds to the selection. */
export function ObjectList(props: {
  snapshot: LayerSnapshot;
  frameBoxes: readonly FrameBox[];
  labels: readonly Label[];
  tiers: readonly Tier[];
  selection: readonly string[];
  onSelect: (ids: string[]) => void;
}) {
  const labels = new Map(props.labels.map((label) => [label.id, label]));
  const select = (id: string, additive: boolean) =>
    props.onSelect(
      additive
        ? props.selection.includes(id)
          ? props.selection.filter((selected) => selected !== id)
          : [...props.selection, id]
        : [id],
    );
  return (
    <div className="object-list" data-testid="object-list">
      <VirtualList
        items={rowsOf(props)}
        rowHeightPx={ROW_HEIGHT_PX}
        heightPx={LIST_HEIGHT_PX}
        keyOf={(row) => row.key}
        label="Objects"
        renderRow={(row) => {
          if (row.kind === 'heading') return <h2>{row.text}</h2>;
          const label = row.labelId ? labels.get(row.labelId) : undefined;
          return (
            <button
              type="button"
              className={props.selection.includes(row.id) ? 'object selected' : 'object'}
              data-testid={`object-${row.id}`}
              onClick={(event) => select(row.id, event.shiftKey)}
            >
              <span className="swatch" style={{ backgroundColor: label?.colour ?? '#9e9e9e' }} />
              <span>{label?.name ?? 'no label'}</span>
              <span className="muted">{row.detail}</span>
            </button>
          );
        }}
      />
    </div>
  );
}
