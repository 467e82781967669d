import type { Point } from '../tools/Point.ts';

/** Pointer input on the canvas, already converted to media pixels. */
export type CanvasPointerEvent =
  | { type: 'pointerDown'; point: Point; additive: boolean; alt: boolean }
  | { type: 'pointerMove'; point: Point }
  | { type: 'pointerUp'; point: Point }
  | { type: 'pointerCancel' }
  | { type: 'pointerLeave' };
