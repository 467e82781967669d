import type { TimelineView } from './timelineView.ts';

/** Furthest zoom in: one video frame this many px wide. */
export const MAX_PX_PER_FRAME = 80;

/** Zoom bounds for a media duration shown in a given width. */
export function zoomLimits(
  durationMs: number,
  widthPx: number,
  frameMs: number,
): { minPxPerMs: number; maxPxPerMs: number } {
  const minPxPerMs = widthPx / Math.max(durationMs, 1);
  const maxPxPerMs = Math.max(minPxPerMs, MAX_PX_PER_FRAME / Math.max(frameMs, 1));
  return { minPxPerMs, maxPxPerMs };
}

/** Keeps the window inside the media: never before 0, never past the end when zoomed in. */
export function clampTimelineView(
  view: TimelineView,
  durationMs: number,
  frameMs: number,
): TimelineView {
  const { minPxPerMs, maxPxPerMs } = zoomLimits(durationMs, view.widthPx, frameMs);
  const pxPerMs = Math.min(maxPxPerMs, Math.max(minPxPerMs, view.pxPerMs));
  const latestStartMs = Math.max(0, durationMs - view.widthPx / pxPerMs);
  const startMs = Math.min(latestStartMs, Math.max(0, view.startMs));
  return { startMs, pxPerMs, widthPx: view.widthPx };
}

/** The whole media in the given width. */
export function fitTimelineView(
  durationMs: number,
  widthPx: number,
  frameMs: number,
): TimelineView {
  return clampTimelineView(
    { startMs: 0, pxPerMs: widthPx / Math.max(durationMs, 1), widthPx },
    durationMs,
    frameMs,
  );
}
