import type { MediaSize } from '../tools/MediaSize.ts';
import { clampViewport } from './clampViewport.ts';
import { mediaPointAt } from './mediaPointAt.ts';
import type { StageFraction, StageViewport } from './StageViewport.ts';

/** Zooms by `factor` (2 doubles the size) keeping the media pixel under `focus` where it is on the stage. */
export function zoomViewportAt(
  viewport: StageViewport,
  media: MediaSize,
  factor: number,
  focus: StageFraction,
): StageViewport {
  const anchor = mediaPointAt(viewport, media, focus);
  const zoom = clampViewport({ ...viewport, zoom: viewport.zoom * factor }, media).zoom;
  return clampViewport(
    {
      zoom,
      originX: anchor.x - (focus.x * media.width) / zoom,
      originY: anchor.y - (focus.y * media.height) / zoom,
    },
    media,
  );
}
