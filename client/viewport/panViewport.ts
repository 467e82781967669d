import type { MediaSize } from '../tools/MediaSize.ts';
import { clampViewport } from './clampViewport.ts';
import type { StageFraction, StageViewport } from './StageViewport.ts';

/** Moves the media with a drag of `moved` (in fractions of the stage), so the pixel grabbed stays under the pointer. */
export function panViewport(
  viewport: StageViewport,
  media: MediaSize,
  moved: StageFraction,
): StageViewport {
  return clampViewport(
    {
      zoom: viewport.zoom,
      originX: viewport.originX - (moved.x * media.width) / viewport.zoom,
      originY: viewport.originY - (moved.y * media.height) / viewport.zoom,
    },
    media,
  );
}
