import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';
import { panViewport } from '../viewport/panViewport.ts';
import type { StageFraction } from '../viewport/StageViewport.ts';
import { isTypingTarget } from './isTypingTarget.ts';
import type { StageView } from './useStageView.ts';

/** How much one pixel of wheel travel zooms: a usual notch (100 px) zooms by about 22 %. */
const WHEEL_ZOOM_PER_PIXEL = 0.002;
const LINE_PX = 16;
const CAPTURE = { capture: true };

/** What the gestures change, and what a tap of Space over the stage still means (play or pause). */
export interface StageGestureInputs {
  stageView: StageView;
  onSpaceTap: () => void;
}

/** What the listeners share: the latest inputs and whether Space is held (ready to pan). */
interface GestureState {
  latest: { current: StageGestureInputs };
  hovering: boolean;
  spaceDown: boolean;
  pannedDuringSpace: boolean;
  panning: boolean;
}

function fractionOf(
  stage: HTMLElement,
  event: { clientX: number; clientY: number },
): StageFraction {
  const rect = stage.getBoundingClientRect();
  return {
    x: (event.clientX - rect.left) / Math.max(1, rect.width),
    y: (event.clientY - rect.top) / Math.max(1, rect.height),
  };
}

function listenForWheelZoom(stage: HTMLElement, state: GestureState): () => void {
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    const lines = event.deltaMode === WheelEvent.DOM_DELTA_LINE;
    const pages = event.deltaMode === WheelEvent.DOM_DELTA_PAGE;
    const pixels = event.deltaY * (lines ? LINE_PX : pages ? stage.clientHeight : 1);
    state.latest.current.stageView.zoomBy(
      Math.exp(-pixels * WHEEL_ZOOM_PER_PIXEL),
      fractionOf(stage, event),
    );
  };
  stage.addEventListener('wheel', onWheel, { passive: false });
  return () => stage.removeEventListener('wheel', onWheel);
}

/** Middle-drag, or left-drag with Space held, pans; captured before the canvas tools see it. */
function listenForPan(
  stage: HTMLElement,
  state: GestureState,
  setPanning: (panning: boolean) => void,
): () => void {
  let pan: { pointerId: number; from: StageFraction; start: StageView['viewport'] } | null = null;
  const onDown = (event: PointerEvent) => {
    if (!(event.button === 1 || (event.button === 0 && state.spaceDown))) return;
    event.preventDefault();
    event.stopPropagation();
    stage.setPointerCapture(event.pointerId);
    const { viewport } = state.latest.current.stageView;
    pan = { pointerId: event.pointerId, from: fractionOf(stage, event), start: viewport };
    state.pannedDuringSpace ||= state.spaceDown;
    state.panning = true;
    setPanning(true);
  };
  const onMove = (event: PointerEvent) => {
    if (!pan || event.pointerId !== pan.pointerId) return;
    event.stopPropagation();
    const at = fractionOf(stage, event);
    const { stageView } = state.latest.current;
    const moved = { x: at.x - pan.from.x, y: at.y - pan.from.y };
    stageView.setViewport(panViewport(pan.start, stageView.media, moved));
  };
  const onEnd = (event: PointerEvent) => {
    if (!pan || event.pointerId !== pan.pointerId) return;
    event.stopPropagation();
    if (stage.hasPointerCapture(event.pointerId)) stage.releasePointerCapture(event.pointerId);
    pan = null;
    state.panning = false;
    setPanning(false);
  };
  // Stops the middle button's auto-scroll, which would fight the pan.
  const onMouseDown = (event: MouseEvent) => {
    if (event.button === 1) event.preventDefault();
  };
  const listeners = [
    ['pointerdown', onDown],
    ['pointermove', onMove],
    ['pointerup', onEnd],
    ['pointercancel', onEnd],
  ] as const;
  for (const [type, listener] of listeners) stage.addEventListener(type, listener, CAPTURE);
  stage.addEventListener('mousedown', onMouseDown);
  return () => {
    for (const [type, listener] of listeners) stage.removeEventListener(type, listener, CAPTURE);
    stage.removeEventListener('mousedown', onMouseDown);
  };
}

/**
 * Space over the stage readies a pan; it is taken from the editor's hotkeys and acts on release
 * instead, as a tap (play or pause) when no pan happened meanwhile.
 */
function listenForSpace(
  stage: HTMLElement,
  state: GestureState,
  setSpaceHeld: (held: boolean) => void,
): () => void {
  const isSpace = (event: KeyboardEvent) =>
    event.key === ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isSpace(event) || isTypingTarget(event.target)) return;
    if (!state.hovering && !state.spaceDown) return;
    event.preventDefault();
    if (state.spaceDown) return;
    state.spaceDown = true;
    state.pannedDuringSpace = false;
    setSpaceHeld(true);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== ' ' || !state.spaceDown) return;
    event.preventDefault();
    state.spaceDown = false;
    setSpaceHeld(false);
    if (!state.pannedDuringSpace && !state.panning) state.latest.current.onSpaceTap();
  };
  const onBlur = () => {
    state.spaceDown = false;
    setSpaceHeld(false);
  };
  const onEnter = () => (state.hovering = true);
  const onLeave = () => (state.hovering = false);
  window.addEventListener('keydown', onKeyDown, CAPTURE);
  window.addEventListener('keyup', onKeyUp, CAPTURE);
  window.addEventListener('blur', onBlur);
  stage.addEventListener('pointerenter', onEnter);
  stage.addEventListener('pointerleave', onLeave);
  return () => {
    window.removeEventListener('keydown', onKeyDown, CAPTURE);
    window.removeEventListener('keyup', onKeyUp, CAPTURE);
    window.removeEventListener('blur', onBlur);
    stage.removeEventListener('pointerenter', onEnter);
    stage.removeEventListener('pointerleave', onLeave);
  };
}

/**
 * Zoom and pan on the stage: the wheel zooms around the pointer; dragging with the middle button,
 * or with the left button while Space is held, pans (the canvas tools never see that drag), and a
 * tap of Space still plays or pauses. Returns whether Space is held and whether a pan is going on.
 */
export function useStageGestures(
  stageRef: RefObject<HTMLElement | null>,
  inputs: StageGestureInputs,
): { spaceHeld: boolean; panning: boolean } {
  const [spaceHeld, setSpaceHeld] = useState(false);
  const [panning, setPanning] = useState(false);
  const latest = useRef(inputs);
  latest.current = inputs;
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const state: GestureState = {
      latest,
      hovering: false,
      spaceDown: false,
      pannedDuringSpace: false,
      panning: false,
    };
    const stops = [
      listenForWheelZoom(stage, state),
      listenForPan(stage, state, setPanning),
      listenForSpace(stage, state, setSpaceHeld),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [stageRef]);
  return { spaceHeld, panning };
}
