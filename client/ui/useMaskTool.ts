import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { CanvasPointerEvent } from '../canvas/CanvasPointerEvent.ts';
import type { CanvasView } from '../canvas/createCanvasView.ts';
import type { Point } from '../tools/Point.ts';

/** Closing a polygon by clicking its first corner: how near, in screen pixels. */
const CLOSE_SCREEN_PX = 8;

/** What the mask tool reads when an event arrives, and where it reports a finished shape. */
export interface MaskToolInputs {
  /** Null while the box tool has the pointer. */
  shape: 'stroke' | 'polygon' | null;
  radiusPx: number;
  canWrite: boolean;
  /** Media pixels per screen pixel, to size the closing target. */
  mediaPerScreenPx: () => number;
  onShape: (shape: 'stroke' | 'polygon', points: Point[]) => void;
}

/** A stroke or polygon in progress, in media pixels. */
export interface ShapeInProgress {
  shape: 'stroke' | 'polygon';
  points: readonly Point[];
}

/**
 * Collects a brush or eraser stroke from pointer-down to pointer-up, or a polygon corner by corner
 * (closed by clicking its first corner or Enter; Backspace takes back a corner, Escape drops it),
 * and hands the finished shape over once, so each is one edit and one undo step.
 */
export function useMaskTool(
  view: CanvasView | null,
  hostRef: RefObject<HTMLDivElement | null>,
  inputs: MaskToolInputs,
): ShapeInProgress | null {
  const [progress, setProgress] = useState<ShapeInProgress | null>(null);
  const points = useRef<Point[] | null>(null);
  const hover = useRef<Point | null>(null);
  const latest = useRef(inputs);
  latest.current = inputs;
  useEffect(() => {
    if (!view || !hostRef.current) return;
    const show = (shape: 'stroke' | 'polygon') => {
      const shown =
        points.current &&
        (shape === 'polygon' && hover.current
          ? [...points.current, hover.current]
          : points.current);
      setProgress(shown ? { shape, points: shown } : null);
    };
    const finish = (shape: 'stroke' | 'polygon', finished: Point[]) => {
      points.current = null;
      setProgress(null);
      latest.current.onShape(shape, finished);
    };
    const feedStroke = (event: CanvasPointerEvent) => {
      if (event.type === 'pointerDown') points.current = [event.point];
      else if (event.type === 'pointerMove' && points.current) {
        const last = points.current.at(-1) as Point;
        const spacing = Math.max(0.5, latest.current.radiusPx / 4);
        if (Math.hypot(event.point.x - last.x, event.point.y - last.y) < spacing) return;
        points.current = [...points.current, event.point];
      } else if (event.type === 'pointerUp' && points.current) {
        return finish('stroke', [...points.current, event.point]);
      } else if (event.type === 'pointerCancel') points.current = null;
      else return;
      show('stroke');
    };
    const feedPolygon = (event: CanvasPointerEvent) => {
      if (event.type === 'pointerMove' || event.type === 'pointerLeave') {
        hover.current = event.type === 'pointerMove' ? event.point : null;
      } else if (event.type === 'pointerDown') {
        const corners = points.current ?? [];
        const first = corners[0];
        const reach = CLOSE_SCREEN_PX * latest.current.mediaPerScreenPx();
        const closes =
          first &&
          corners.length >= 3 &&
          Math.hypot(event.point.x - first.x, event.point.y - first.y) <= reach;
        if (closes) return finish('polygon', corners);
        points.current = [...corners, event.point];
      } else return;
      show('polygon');
    };
    const feed = (event: CanvasPointerEvent) => {
      const { shape, canWrite } = latest.current;
      if (!shape || !canWrite) {
        points.current = null;
        return;
      }
      if (shape === 'stroke') feedStroke(event);
      else feedPolygon(event);
    };
    const onKey = (event: KeyboardEvent) => {
      const corners = points.current;
      if (!corners) return;
      const polygon = latest.current.shape === 'polygon';
      if (event.key === 'Escape') points.current = null;
      else if (polygon && event.key === 'Enter' && corners.length >= 3) finish('polygon', corners);
      else if (polygon && event.key === 'Backspace') points.current = corners.slice(0, -1);
      else return;
      event.stopImmediatePropagation();
      event.preventDefault();
      if (points.current?.length === 0) points.current = null;
      show(polygon ? 'polygon' : 'stroke');
    };
    window.addEventListener('keydown', onKey, true);
    const stop = view.onPointer(feed);
    return () => {
      stop();
      window.removeEventListener('keydown', onKey, true);
    };
  }, [view, hostRef]);
  return progress;
}
