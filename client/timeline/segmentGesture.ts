import type { MsRange, RangeLimits } from './dragSegmentRange.ts';
import { dragSegmentRange, sweptRange } from './dragSegmentRange.ts';
import type { SegmentPart } from './hitTestSegments.ts';
import type { TimelineView } from './timelineView.ts';
import { pxToMs } from './timelineView.ts';

/** A pointer travelling less than this is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 3;

/** A pointer held down in a segment row: editing one segment, or sweeping out a new one. */
export type SegmentGesture =
  | { kind: 'edit'; part: SegmentPart; segmentId: string; original: MsRange; originPx: number }
  | { kind: 'sweep'; anchorMs: number; originPx: number; canCreate: boolean };

/** What a finished gesture asks for; drags commit once, here. */
export type GestureOutcome =
  | { kind: 'move'; segmentId: string; startMs: number }
  | { kind: 'trim'; segmentId: string; ends: { startMs?: number; endMs?: number } }
  | { kind: 'create'; range: MsRange }
  | { kind: 'click-empty'; ms: number }
  | { kind: 'none' };

/** The range a gesture would commit if released now, or null while it is still a click. */
export function previewSegmentGesture(
  gesture: SegmentGesture,
  xPx: number,
  view: TimelineView,
  limits: RangeLimits,
): MsRange | null {
  if (Math.abs(xPx - gesture.originPx) < DRAG_THRESHOLD_PX) return null;
  if (gesture.kind === 'edit') {
    const deltaMs = (xPx - gesture.originPx) / view.pxPerMs;
    return dragSegmentRange(gesture.part, gesture.original, deltaMs, limits);
  }
  if (!gesture.canCreate) return null;
  return sweptRange(gesture.anchorMs, pxToMs(xPx, view), limits.durationMs);
}

function editOutcome(
  gesture: Extract<SegmentGesture, { kind: 'edit' }>,
  range: MsRange,
): GestureOutcome {
  const { original, segmentId } = gesture;
  if (range.startMs === original.startMs && range.endMs === original.endMs) return { kind: 'none' };
  if (gesture.part === 'body') return { kind: 'move', segmentId, startMs: range.startMs };
  return {
    kind: 'trim',
    segmentId,
    ends: gesture.part === 'start' ? { startMs: range.startMs } : { endMs: range.endMs },
  };
}

/** What releasing the pointer at `xPx` should do. */
export function finishSegmentGesture(
  gesture: SegmentGesture,
  xPx: number,
  view: TimelineView,
  limits: RangeLimits,
): GestureOutcome {
  const range = previewSegmentGesture(gesture, xPx, view, limits);
  if (gesture.kind === 'edit') return range ? editOutcome(gesture, range) : { kind: 'none' };
  if (!range) {
    const ms = Math.round(Math.min(limits.durationMs, Math.max(0, pxToMs(xPx, view))));
    return { kind: 'click-empty', ms };
  }
  if (range.endMs - range.startMs < limits.minLengthMs) return { kind: 'none' };
  return { kind: 'create', range };
}
