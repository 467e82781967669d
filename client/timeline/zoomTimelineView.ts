import { clampTimelineView } from './fitTimelineView.ts';
import type { TimelineView } from './timelineView.ts';
import { pxToMs } from './timelineView.ts';

/** Zooms by a factor (> 1 zooms in) keeping the media time under `anchorPx` where it is. */
export function zoomTimelineView(
  view: TimelineView,
  anchorPx: number,
  factor: number,
  durationMs: number,
  frameMs: number,
): TimelineView {
  const anchorMs = pxToMs(anchorPx, view);
  const zoomed = clampTimelineView(
    { ...view, pxPerMs: view.pxPerMs * factor },
    durationMs,
    frameMs,
  );
  return clampTimelineView(
    { ...zoomed, startMs: anchorMs - anchorPx / zoomed.pxPerMs },
    durationMs,
    frameMs,
  );
}

/** Scrolls by a number of px (positive moves later in time). */
export function scrollTimelineView(
  view: TimelineView,
  deltaPx: number,
  durationMs: number,
  frameMs: number,
): TimelineView {
  return clampTimelineView(
    { ...view, startMs: view.startMs + deltaPx / view.pxPerMs },
    durationMs,
    frameMs,
  );
}

/** Share of the window left before the playhead after paging to it. */
const PLAYHEAD_LEAD = 0.1;

/** Pages the window so a playhead that left it is visible again; unchanged while it is visible. */
export function followPlayhead(
  view: TimelineView,
  playheadMs: number,
  durationMs: number,
  frameMs: number,
): TimelineView {
  const visibleMs = view.widthPx / view.pxPerMs;
  if (playheadMs >= view.startMs && playheadMs <= view.startMs + visibleMs) return view;
  return clampTimelineView(
    { ...view, startMs: playheadMs - visibleMs * PLAYHEAD_LEAD },
    durationMs,
    frameMs,
  );
}
