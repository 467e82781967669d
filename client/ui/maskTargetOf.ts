import type { MaskView } from '../../shared/doc/readLayer.ts';
import type { Point } from '../tools/Point.ts';
import type { FrameMask } from './useFrameMasks.ts';

/**
 * The mask a stroke goes into: the one selected mask, else the topmost mask with a pixel set where
 * the stroke starts, else none (painting then starts a new mask).
 */
export function maskTargetOf(
  start: Point,
  selection: readonly string[],
  masks: readonly MaskView[],
  frameMasks: readonly FrameMask[],
): string | null {
  const selected = masks.filter((mask) => selection.includes(mask.id));
  if (selection.length === 1 && selected.length === 1) return selected[0]!.id;
  for (const mask of [...frameMasks].reverse()) {
    const x = Math.floor(start.x);
    const y = Math.floor(start.y);
    if (x < 0 || y < 0 || x >= mask.width || y >= mask.height) continue;
    if (mask.pixels[y * mask.width + x]) return mask.maskId;
  }
  return null;
}
