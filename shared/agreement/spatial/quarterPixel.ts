import { MAX_COORDINATE, SUBPIXELS } from '../../mask/subpixels.ts';

/** A media-pixel coordinate in whole quarter pixels, rounded and clamped as mask strokes are. */
export function quarterPixel(value: number): number {
  return Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, Math.round(value * SUBPIXELS)));
}
