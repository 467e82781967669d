import type { Box } from '../../shared/schema/box.ts';

/** A track's box as the canvas draws it at the current frame. */
export interface CanvasBox {
  trackId: string;
  box: Box;
  /** Out of view at this frame: hidden, or dashed while selected. */
  outside: boolean;
  isKeyframe: boolean;
  selected: boolean;
  colour: string;
  caption: string;
  /** Other users who have this track selected: outlined in their colour so nobody edits it unawares. */
  heldBy: readonly { name: string; colour: string }[];
}

/** Another user's pointer on the canvas, in media pixels. */
export interface CanvasCursor {
  clientId: number;
  name: string;
  colour: string;
  x: number;
  y: number;
}

/** Everything the canvas shows; the view reconciles what it draws with this, by id. */
export interface CanvasScene {
  boxes: readonly CanvasBox[];
  /** A box being dragged: replaces its track's box (or adds a new one) until pointer-up. */
  preview: { trackId: string | null; box: Box } | null;
  cursors: readonly CanvasCursor[];
  /** Draw resize handles on selected boxes (only when the user may resize them). */
  showHandles: boolean;
}

/** A scene with nothing in it. */
export const EMPTY_CANVAS_SCENE: CanvasScene = {
  boxes: [],
  preview: null,
  cursors: [],
  showHandles: false,
};
