import type { PointerEvent as ReactPointerEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { MsRange, RangeLimits } from './dragSegmentRange.ts';
import type { SegmentHit, TimedSegment } from './hitTestSegments.ts';
import { hitTestSegments } from './hitTestSegments.ts';
import { lanePointerPx } from './lanePointerPx.ts';
import type { GestureOutcome, SegmentGesture } from './segmentGesture.ts';
import { finishSegmentGesture, previewSegmentGesture } from './segmentGesture.ts';
import type { TimelineView } from './timelineView.ts';
import { pxToMs } from './timelineView.ts';

/** A drag in progress, drawn locally until it is committed on release. */
export interface GesturePreview {
  segmentId: string | null;
  range: MsRange;
}

/** What a segment row's pointer handling needs. */
export interface SegmentGestureOptions {
  view: TimelineView;
  segments: readonly TimedSegment[];
  limits: RangeLimits;
  /** Whether segments on this row may be moved and trimmed. */
  editable: boolean;
  /** Whether sweeping empty space creates a segment. */
  canCreate: boolean;
  onPick(segmentId: string, additive: boolean): void;
  onOutcome(outcome: GestureOutcome): void;
}

/** Pointer cursor over a row, so edges, bodies and empty space say what a press would do. */
export type LaneCursor = 'ew-resize' | 'grab' | 'crosshair' | 'default';

/** Grab distance of a segment edge, in px. */
export const EDGE_GRAB_PX = 6;

function laneCursor(hit: SegmentHit | null, editable: boolean, canCreate: boolean): LaneCursor {
  if (!hit) return canCreate ? 'crosshair' : 'default';
  if (!editable) return 'default';
  return hit.part === 'body' ? 'grab' : 'ew-resize';
}

/** Pointer handlers for a segment row: pick, move, trim and sweep out new segments. */
export function useSegmentGesture(options: SegmentGestureOptions) {
  const gesture = useRef<SegmentGesture | null>(null);
  const [preview, setPreview] = useState<GesturePreview | null>(null);
  const [cursor, setCursor] = useState<LaneCursor>('default');
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const cancel = () => {
    gesture.current = null;
    setPreview(null);
  };

  useEffect(() => {
    if (!preview) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') cancel();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [preview]);

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const { view, segments, editable, canCreate } = latest.current;
    const xPx = lanePointerPx(event);
    const hit = hitTestSegments(segments, xPx, view, EDGE_GRAB_PX);
    event.currentTarget.setPointerCapture(event.pointerId);
    if (hit) {
      latest.current.onPick(hit.segmentId, event.shiftKey || event.metaKey || event.ctrlKey);
      const segment = segments.find((candidate) => candidate.id === hit.segmentId);
      gesture.current =
        editable && segment
          ? {
              kind: 'edit',
              part: hit.part,
              segmentId: hit.segmentId,
              original: segment,
              originPx: xPx,
            }
          : null;
      return;
    }
    gesture.current = { kind: 'sweep', anchorMs: pxToMs(xPx, view), originPx: xPx, canCreate };
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const { view, segments, limits, editable, canCreate } = latest.current;
    const xPx = lanePointerPx(event);
    const current = gesture.current;
    if (!current) {
      const hit = hitTestSegments(segments, xPx, view, EDGE_GRAB_PX);
      setCursor(laneCursor(hit, editable, canCreate));
      return;
    }
    const range = previewSegmentGesture(current, xPx, view, limits);
    setPreview(range && { segmentId: current.kind === 'edit' ? current.segmentId : null, range });
  };

  const onPointerUp = (event: ReactPointerEvent<HTMLElement>) => {
    const current = gesture.current;
    cancel();
    if (!current) return;
    const { view, limits, onOutcome } = latest.current;
    onOutcome(finishSegmentGesture(current, lanePointerPx(event), view, limits));
  };

  return { preview, cursor, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: cancel };
}
