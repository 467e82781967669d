import { useEffect, useRef } from 'react';
import type { CanvasView } from '../canvas/createCanvasView.ts';
import type { Point } from '../tools/Point.ts';

/**
 * The magic wand and flood fill: a click on the canvas hands its point over once (when `kind` is
 * set and the layer is writable), and the caller computes and stores the region.
 */
export function useRegionTool(
  view: CanvasView | null,
  inputs: {
    kind: 'wand' | 'fill' | null;
    canWrite: boolean;
    onClick: (kind: 'wand' | 'fill', point: Point) => void;
  },
): void {
  const latest = useRef(inputs);
  latest.current = inputs;
  useEffect(() => {
    if (!view) return;
    return view.onPointer((event) => {
      const { kind, canWrite } = latest.current;
      if (event.type === 'pointerDown' && kind && canWrite)
        latest.current.onClick(kind, event.point);
    });
  }, [view]);
}
