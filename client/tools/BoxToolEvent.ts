import type { Point } from './Point.ts';

/** Input the box tool reacts to; points are in media pixels. */
export type BoxToolEvent =
  | { type: 'pointerDown'; point: Point; additive: boolean }
  | { type: 'pointerMove'; point: Point }
  | { type: 'pointerUp'; point: Point }
  /** Escape or a cancelled pointer: abandons a drag, or clears the selection when there is none. */
  | { type: 'cancel' }
  | { type: 'delete' };
