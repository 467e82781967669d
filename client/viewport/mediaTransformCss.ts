import type { MediaSize } from '../tools/MediaSize.ts';
import type { StageViewport } from './StageViewport.ts';

/**
 * The CSS transform that shows a stage-sized media element through `viewport` (with
 * `transform-origin: 0 0`): percentages are of the element itself, so no pixel size is needed.
 */
export function mediaTransformCss(viewport: StageViewport, media: MediaSize): string {
  const shiftX = (-100 * viewport.originX) / media.width;
  const shiftY = (-100 * viewport.originY) / media.height;
  return `scale(${viewport.zoom}) translate(${shiftX}%, ${shiftY}%)`;
}
