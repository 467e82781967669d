import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { CanvasPointerEvent } from '../canvas/CanvasPointerEvent.ts';
import type { CanvasView } from '../canvas/createCanvasView.ts';
import type { Point } from '../tools/Point.ts';

/** What the mask tool reads when an event arrives, and where it reports a finished stroke. */
export interface MaskToolInputs {
  active: boolean;
  radiusPx: number;
  canWrite: boolean;
  onStroke: (points: Point[]) => void;
}

/** A stroke in progress, in media pixels. */
export interface StrokeInProgress {
  points: readonly Point[];
}

/**
 * Collects a brush or eraser stroke from pointer-down to pointer-up and hands it over once, so a
 * stroke is one edit and one undo step. Points closer than a quarter of the radius are dropped.
 */
export function useMaskTool(
  view: CanvasView | null,
  hostRef: RefObject<HTMLDivElement | null>,
  inputs: MaskToolInputs,
): StrokeInProgress | null {
  const [stroke, setStroke] = useState<StrokeInProgress | null>(null);
  const points = useRef<Point[] | null>(null);
  const latest = useRef(inputs);
  latest.current = inputs;
  useEffect(() => {
    if (!view || !hostRef.current) return;
    const feed = (event: CanvasPointerEvent) => {
      const current = latest.current;
      if (!current.active || !current.canWrite) return;
      if (event.type === 'pointerDown') {
        points.current = [event.point];
      } else if (event.type === 'pointerMove' && points.current) {
        const last = points.current.at(-1) as Point;
        const spacing = Math.max(0.5, current.radiusPx / 4);
        if (Math.hypot(event.point.x - last.x, event.point.y - last.y) < spacing) return;
        points.current = [...points.current, event.point];
      } else if (event.type === 'pointerUp' && points.current) {
        const finished = [...points.current, event.point];
        points.current = null;
        setStroke(null);
        current.onStroke(finished);
        return;
      } else if (event.type === 'pointerCancel') {
        points.current = null;
      } else {
        return;
      }
      setStroke(points.current ? { points: points.current } : null);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !points.current) return;
      event.stopImmediatePropagation();
      points.current = null;
      setStroke(null);
    };
    window.addEventListener('keydown', onEscape, true);
    const stop = view.onPointer(feed);
    return () => {
      stop();
      window.removeEventListener('keydown', onEscape, true);
    };
  }, [view, hostRef]);
  return stroke;
}
