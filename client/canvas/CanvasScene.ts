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

/** A mask's pixels at the current frame, in media pixels, and what identifies this drawing of them. */
export interface CanvasMask {
  maskId: string;
  width: number;
  height: number;
  pixels: Uint8Array;
  colour: string;
  /** Changes whenever the pixels do; the canvas uploads a new texture only then. */
  version: string;
}

/** A polygon, polyline, point set or skeleton as the canvas draws it at the current frame. */
export interface CanvasShape {
  shapeId: string;
  geometry: 'polygon' | 'polyline' | 'points' | 'skeleton';
  /** Flat x, y pairs in media pixels. */
  points: readonly number[];
  /** Per point; hidden keypoints are drawn hollow. Null: all visible. */
  visible: readonly boolean[] | null;
  /** Pairs of point indices joined by a line (a skeleton's template edges). */
  edges: readonly (readonly [number, number])[];
  isKeyframe: boolean;
  selected: boolean;
  colour: string;
  caption: string;
}

/** A link between two objects on screen, in media pixels, coloured by its relation type. */
export interface CanvasLink {
  linkId: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
  colour: string;
  caption: string;
  selected: boolean;
}

/** A brush or eraser stroke, or a polygon's corners, being drawn, before it is stored. */
export interface StrokePreview {
  /** A brush band, a filled polygon, an open line through the points, or the points alone. */
  shape: 'stroke' | 'polygon' | 'polyline' | 'points';
  points: readonly { x: number; y: number }[];
  radiusPx: number;
  erase: boolean;
  colour: string;
}

/** Everything the canvas shows; the view reconciles what it draws with this, by id. */
export interface CanvasScene {
  boxes: readonly CanvasBox[];
  /** Drawn beneath the boxes. */
  masks: readonly CanvasMask[];
  /** Drawn above the masks, beneath the boxes; vertex handles on selected ones when writable. */
  shapes: readonly CanvasShape[];
  /** Drawn above shapes and boxes. */
  links: readonly CanvasLink[];
  strokePreview: StrokePreview | null;
  /** A box being dragged: replaces its track's box (or adds a new one) until pointer-up. */
  preview: { trackId: string | null; box: Box } | null;
  cursors: readonly CanvasCursor[];
  /** Draw resize handles on selected boxes (only when the user may resize them). */
  showHandles: boolean;
}

/** A scene with nothing in it. */
export const EMPTY_CANVAS_SCENE: CanvasScene = {
  boxes: [],
  masks: [],
  shapes: [],
  links: [],
  strokePreview: null,
  preview: null,
  cursors: [],
  showHandles: false,
};
