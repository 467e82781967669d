import type { MediaSize } from '../tools/MediaSize.ts';
import type { Point } from '../tools/Point.ts';
import type { StageFraction, StageViewport } from './StageViewport.ts';

/** The media pixel under a point of the stage, through the zoom and pan of `viewport`. */
export function mediaPointAt(
  viewport: StageViewport,
  media: MediaSize,
  fraction: StageFraction,
): Point {
  return {
    x: viewport.originX + (fraction.x * media.width) / viewport.zoom,
    y: viewport.originY + (fraction.y * media.height) / viewport.zoom,
  };
}
