import type { Box } from '../schema/box.ts';
import { lastIndexAtOrBefore } from './lastIndexAtOrBefore.ts';

/** A box keyframe as tracks store it (a `KeyframeView` from a read layer fits). */
export interface BoxKeyframe {
  frame: number;
  box: Box;
  outside: boolean;
}

/** What a box track shows at a frame; `outside` means the object is out of view and nothing is drawn. */
export interface InterpolatedBox {
  box: Box;
  outside: boolean;
  isKeyframe: boolean;
}

function between(from: number, to: number, fraction: number): number {
  const value = from + (to - from) * fraction;
  // Float rounding may step a hair past an end; the result must stay between its keyframes.
  return Math.min(Math.max(value, Math.min(from, to)), Math.max(from, to));
}

function lerpBox(from: Box, to: Box, fraction: number): Box {
  return {
    x: between(from.x, to.x, fraction),
    y: between(from.y, to.y, fraction),
    w: between(from.w, to.w, fraction),
    h: between(from.h, to.h, fraction),
  };
}

/**
 * The box of a track at `frame`, from keyframes sorted by frame; null before the first keyframe.
 * Between keyframes the box moves linearly, except that it stays hidden after an outside keyframe and holds
 * still (rather than sliding) towards one; after the last keyframe it holds that keyframe.
 */
export function interpolateBox(
  keyframes: readonly BoxKeyframe[],
  frame: number,
): InterpolatedBox | null {
  const index = lastIndexAtOrBefore(keyframes, frame);
  const previous = keyframes[index];
  if (!previous) return null;
  if (previous.frame === frame) {
    return { box: { ...previous.box }, outside: previous.outside, isKeyframe: true };
  }
  const next = keyframes[index + 1];
  if (!next || previous.outside || next.outside) {
    return { box: { ...previous.box }, outside: previous.outside, isKeyframe: false };
  }
  const fraction = (frame - previous.frame) / (next.frame - previous.frame);
  return { box: lerpBox(previous.box, next.box, fraction), outside: false, isKeyframe: false };
}
