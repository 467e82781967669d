import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { disagreementTimeRange } from '../review/disagreementTimeRange.ts';
import type { AnchorChoice } from './CommentPanel.tsx';
import { describeAnchor } from './describeAnchor.ts';
import { describeLocation } from './describeLocation.ts';

/** A short default span for a comment at the playhead of media without frames. */
const TIME_PIN_MS = 1000;

function holds(snapshot: LayerSnapshot, objectId: string): boolean {
  return [snapshot.tracks, snapshot.shapes, snapshot.masks, snapshot.segments].some((records) =>
    records.some((record) => record.id === objectId),
  );
}

/**
 * Where a new comment can be pinned: the frame on screen (or the playhead's second without frames)
 * and, with a disagreement selected, each of its objects in the layer holding it and its range.
 */
export function commentAnchorChoices(input: {
  frame: number;
  timeMs: number;
  durationMs: number;
  frameRate: FrameRate;
  selected: Disagreement | null;
  layers: readonly { layer: string; snapshot: LayerSnapshot }[];
  whoOf: (layer: string) => string;
}): AnchorChoice[] {
  const choices: AnchorChoice[] = [];
  if (input.frameRate.num > 0) {
    choices.push({
      key: 'frame',
      label: `frame ${input.frame}`,
      anchor: { kind: 'frame', frame: input.frame },
    });
  } else {
    const startMs = Math.max(0, Math.round(input.timeMs));
    const anchor = {
      kind: 'time' as const,
      startMs,
      endMs: Math.min(Math.max(startMs, Math.round(input.durationMs)), startMs + TIME_PIN_MS),
    };
    choices.push({ key: 'playhead', label: describeAnchor(anchor, input.whoOf), anchor });
  }
  const { selected } = input;
  if (!selected) return choices;
  const range = disagreementTimeRange(selected.location, input.frameRate);
  for (const objectId of selected.objectIds) {
    const holder = input.layers.find(
      (each) => selected.layers.includes(each.layer) && holds(each.snapshot, objectId),
    );
    if (!holder) continue;
    const anchor = {
      kind: 'object' as const,
      layer: holder.layer,
      objectId,
      frame: range.firstFrame,
    };
    choices.push({ key: `object-${objectId}`, label: describeAnchor(anchor, input.whoOf), anchor });
  }
  const startMs = Math.floor(range.startMs);
  const anchor = {
    kind: 'time' as const,
    startMs,
    endMs: Math.max(startMs, Math.ceil(range.endMs)),
  };
  choices.push({
    key: 'range',
    label: `the disagreement’s ${describeLocation(selected.location)}`,
    anchor,
  });
  return choices;
}
