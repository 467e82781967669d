import { maskDigest } from '../../shared/mask/maskDigest.ts';
import type { FrameMask } from './useFrameMasks.ts';

/**
 * The masks drawn at this frame as JSON for browser tests and tools: per mask, how many pixels
 * are set, a digest of all its pixels, and the digest of each painter's operations alone.
 */
export function describeFrameMasks(
  masks: readonly FrameMask[],
  pixelsBy: (maskId: string, userId: string) => Uint8Array | null,
): string {
  return JSON.stringify(
    masks.map((mask) => ({
      id: mask.maskId,
      setPixels: mask.pixels.reduce((sum, pixel) => sum + pixel, 0),
      digest: maskDigest(mask.pixels),
      byAuthor: Object.fromEntries(
        mask.authors.map((userId) => {
          const pixels = pixelsBy(mask.maskId, userId);
          return [userId, pixels ? maskDigest(pixels) : null];
        }),
      ),
    })),
  );
}
