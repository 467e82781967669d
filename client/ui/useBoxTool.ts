import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { CanvasPointerEvent } from '../canvas/CanvasPointerEvent.ts';
import type { CanvasView } from '../canvas/createCanvasView.ts';
import type { BoxToolEffect } from '../tools/BoxToolEffect.ts';
import type { BoxToolEvent } from '../tools/BoxToolEvent.ts';
import type { BoxToolState } from '../tools/BoxToolState.ts';
import { IDLE_BOX_TOOL } from '../tools/BoxToolState.ts';
import type { BoxPreview } from '../tools/boxToolPreview.ts';
import { boxToolPreview } from '../tools/boxToolPreview.ts';
import type { FrameBox } from '../tools/boxesAtFrame.ts';
import type { MediaSize } from '../tools/MediaSize.ts';
import type { Point } from '../tools/Point.ts';
import { reduceBoxTool } from '../tools/reduceBoxTool.ts';

/** What the box tool reads when an event arrives, and where it reports. */
export interface BoxToolInputs {
  /** False while another canvas tool has the pointer. */
  enabled: boolean;
  media: MediaSize;
  frameBoxes: readonly FrameBox[];
  selection: readonly string[];
  canWrite: boolean;
  onToolEffects: (effects: BoxToolEffect[]) => void;
  onPointerAt: (point: Point | null) => void;
}

function toToolEvent(event: Exclude<CanvasPointerEvent, { type: 'pointerLeave' }>): BoxToolEvent {
  return event.type === 'pointerCancel' ? { type: 'cancel' } : event;
}

/** Feeds the canvas's pointer input through the box tool; returns the drag preview to draw. */
export function useBoxTool(
  view: CanvasView | null,
  hostRef: RefObject<HTMLDivElement | null>,
  inputs: BoxToolInputs,
): BoxPreview | null {
  const [preview, setPreview] = useState<BoxPreview | null>(null);
  const toolState = useRef<BoxToolState>(IDLE_BOX_TOOL);
  const latest = useRef(inputs);
  latest.current = inputs;
  useEffect(() => {
    const host = hostRef.current;
    if (!view || !host) return;
    const feed = (event: CanvasPointerEvent) => {
      const current = latest.current;
      if (event.type === 'pointerLeave') return current.onPointerAt(null);
      if (event.type === 'pointerMove') current.onPointerAt(event.point);
      if (!current.enabled) {
        toolState.current = IDLE_BOX_TOOL;
        return;
      }
      const step = reduceBoxTool(toolState.current, toToolEvent(event), {
        boxes: current.frameBoxes,
        selection: current.selection,
        canWrite: current.canWrite,
        media: current.media,
        mediaPixelsPerScreenPixel: view.mediaPixelsPerScreenPixel(),
      });
      toolState.current = step.state;
      setPreview(boxToolPreview(step.state));
      if (step.effects.length > 0) current.onToolEffects(step.effects);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || toolState.current.mode === 'idle') return;
      // A drag in progress takes Escape for itself: it cancels the drag and keeps the selection.
      event.stopImmediatePropagation();
      toolState.current = IDLE_BOX_TOOL;
      setPreview(null);
    };
    window.addEventListener('keydown', onEscape, true);
    const stop = view.onPointer(feed);
    return () => {
      stop();
      window.removeEventListener('keydown', onEscape, true);
    };
  }, [view, hostRef]);
  return preview;
}
