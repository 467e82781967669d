import type { MaskBitmap } from '../../shared/mask/MaskBitmap.ts';
import type { Result } from '../../shared/schema/result.ts';
import { connectedRegion } from './connectedRegion.ts';

/** Largest tolerance the wand offers: any colour matches. */
export const MAX_WAND_TOLERANCE = 255;

/**
 * Magic wand: the pixels connected to the click whose colour differs from the clicked pixel's by
 * at most `tolerance` in every channel (red, green, blue), from a frame's RGBA pixels.
 */
export function magicWandRegion(
  frame: { width: number; height: number; data: Uint8ClampedArray },
  seed: { x: number; y: number },
  tolerance: number,
): Result<MaskBitmap> {
  const { width, height, data } = frame;
  const at = (Math.floor(seed.y) * width + Math.floor(seed.x)) * 4;
  const [red, green, blue] = [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0];
  return connectedRegion(width, height, seed, (index) => {
    const offset = index * 4;
    return (
      Math.abs((data[offset] as number) - red) <= tolerance &&
      Math.abs((data[offset + 1] as number) - green) <= tolerance &&
      Math.abs((data[offset + 2] as number) - blue) <= tolerance
    );
  });
}
