import type { TimelineView } from './timelineView.ts';

/** Where the scrollbar thumb sits and how far the lanes move per px of thumb drag. */
export interface ScrollbarGeometry {
  thumbLeftPx: number;
  thumbWidthPx: number;
  /** Px of lane scroll per px of thumb movement. */
  lanePxPerThumbPx: number;
  /** False when the whole media is in view and there is nothing to scroll. */
  scrollable: boolean;
}

const MIN_THUMB_PX = 24;

/** The scrollbar for a view of a media, drawn as wide as the lanes. */
export function scrollbarGeometry(view: TimelineView, durationMs: number): ScrollbarGeometry {
  const trackPx = view.widthPx;
  const visibleMs = view.widthPx / view.pxPerMs;
  const hiddenMs = Math.max(0, durationMs - visibleMs);
  const thumbWidthPx = Math.min(
    trackPx,
    Math.max(MIN_THUMB_PX, (visibleMs / Math.max(durationMs, 1)) * trackPx),
  );
  const travelPx = trackPx - thumbWidthPx;
  const scrollable = hiddenMs > 0 && travelPx > 0;
  return {
    thumbLeftPx: scrollable ? (view.startMs / hiddenMs) * travelPx : 0,
    thumbWidthPx,
    lanePxPerThumbPx: scrollable ? (hiddenMs * view.pxPerMs) / travelPx : 0,
    scrollable,
  };
}
