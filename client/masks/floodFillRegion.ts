import type { MaskBitmap } from '../../shared/mask/MaskBitmap.ts';
import type { Result } from '../../shared/schema/result.ts';
import { connectedRegion } from './connectedRegion.ts';

/**
 * Flood fill in a mask: the pixels connected to the click that have the clicked pixel's value (an
 * unpainted hole enclosed by paint, or a painted area to erase), as a region.
 */
export function floodFillRegion(
  mask: { width: number; height: number; pixels: Uint8Array },
  seed: { x: number; y: number },
): Result<MaskBitmap> {
  const { width, height, pixels } = mask;
  const value = pixels[Math.floor(seed.y) * width + Math.floor(seed.x)];
  return connectedRegion(width, height, seed, (index) => pixels[index] === value);
}
