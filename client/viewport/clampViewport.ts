import type { MediaSize } from '../tools/MediaSize.ts';
import type { StageViewport } from './StageViewport.ts';
import { MAX_ZOOM, MIN_ZOOM } from './StageViewport.ts';

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Keeps the zoom within its limits and the centre of the view on the media, so it cannot be lost off-stage. */
export function clampViewport(viewport: StageViewport, media: MediaSize): StageViewport {
  const zoom = clamp(Number.isFinite(viewport.zoom) ? viewport.zoom : 1, MIN_ZOOM, MAX_ZOOM);
  const halfWidth = media.width / zoom / 2;
  const halfHeight = media.height / zoom / 2;
  return {
    zoom,
    originX: clamp(viewport.originX, -halfWidth, media.width - halfWidth),
    originY: clamp(viewport.originY, -halfHeight, media.height - halfHeight),
  };
}
