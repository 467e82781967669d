import type { RefObject } from 'react';
import { useLayoutEffect } from 'react';
import type { CanvasView } from '../canvas/createCanvasView.ts';
import type { StageGestureInputs } from './useStageGestures.ts';
import { useStageGestures } from './useStageGestures.ts';

/**
 * Keeps the annotation canvas on the view the media element shows (zoom and pan) and listens for
 * the stage's zoom and pan gestures; returns the stage's class names (pan-ready, panning).
 */
export function useZoomableStage(
  view: CanvasView | null,
  stageRef: RefObject<HTMLElement | null>,
  inputs: StageGestureInputs,
): string {
  const { viewport } = inputs.stageView;
  // Before paint, so the canvas and the media element move in the same frame.
  useLayoutEffect(() => view?.setViewport(viewport), [view, viewport]);
  const { spaceHeld, panning } = useStageGestures(stageRef, inputs);
  return ['video-stage', spaceHeld && 'pan-ready', panning && 'panning'].filter(Boolean).join(' ');
}
