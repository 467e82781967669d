/**
 * How the stage shows the media: `zoom` 1 fits the whole media to the stage (which has the media's
 * aspect ratio), and `originX`, `originY` are the media pixel at the stage's top-left corner.
 * Ephemeral, per user: never in a document.
 */
export interface StageViewport {
  zoom: number;
  originX: number;
  originY: number;
}

/** The whole media, fitted to the stage. */
export const FIT_VIEWPORT: StageViewport = { zoom: 1, originX: 0, originY: 0 };

/** Zooming out stops at half the fitted size, zooming in at 64 stage pixels per fitted pixel. */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 64;

/** A point on the stage as fractions of its width and height (0 at the left or top, 1 at the right or bottom). */
export interface StageFraction {
  x: number;
  y: number;
}
