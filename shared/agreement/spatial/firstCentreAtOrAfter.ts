import { firstPixelFrom } from '../../mask/subpixels.ts';

/** The first pixel (column or row) whose centre lies at or after a quarter-pixel coordinate. */
export function firstCentreAtOrAfter(quarterPixels: number): number {
  return firstPixelFrom(quarterPixels, 1);
}
