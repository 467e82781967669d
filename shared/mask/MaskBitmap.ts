import type { Result } from '../schema/result.ts';
import { fail, ok } from '../schema/result.ts';

/** Largest width or height of a mask, in pixels (8K video). */
export const MAX_MASK_SIDE = 8192;

/**
 * A binary mask, one byte per pixel (0 or 1), rows top to bottom. The pixel buffer starts on a
 * 4-byte boundary so encoders can read it four pixels at a time.
 */
export interface MaskBitmap {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** An empty mask of that size, or an error naming the size that is not allowed. */
export function createMaskBitmap(width: number, height: number): Result<MaskBitmap> {
  for (const [name, side] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(side) || side < 1 || side > MAX_MASK_SIDE) {
      return fail(
        `mask ${name} ${side} is not a whole number of pixels from 1 to ${MAX_MASK_SIDE}`,
      );
    }
  }
  return ok({ width, height, pixels: new Uint8Array(width * height) });
}
