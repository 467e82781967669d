import type { MaskBitmap } from '../../shared/mask/MaskBitmap.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail } from '../../shared/schema/result.ts';
import type { CanvasMask } from '../canvas/CanvasScene.ts';
import { floodFillRegion } from '../masks/floodFillRegion.ts';
import { magicWandRegion } from '../masks/magicWandRegion.ts';
import type { Point } from '../tools/Point.ts';

/**
 * The region a click makes: the magic wand picks similar colours from the frame on screen; the
 * flood fill takes the unpainted area of the target mask around the click.
 */
export function regionAtClick(input: {
  kind: 'wand' | 'fill';
  point: Point;
  tolerance: number;
  readFrame: () => Result<ImageData>;
  /** The mask the click paints into (selected, or under the click); null starts a new one. */
  target: CanvasMask | null;
}): Result<MaskBitmap> {
  const { point, target } = input;
  if (input.kind === 'wand') {
    const frame = input.readFrame();
    return frame.ok ? magicWandRegion(frame.value, point, input.tolerance) : frame;
  }
  if (!target) return fail('select the mask whose enclosed area to fill');
  if (target.pixels[Math.floor(point.y) * target.width + Math.floor(point.x)] === 1) {
    return fail('click inside an unpainted area the mask encloses');
  }
  return floodFillRegion(target, point);
}
