/** The visible window of the timeline: which ms sits at the left edge and how many pixels one ms takes. */
export interface TimelineView {
  startMs: number;
  pxPerMs: number;
  widthPx: number;
}

/** Horizontal position, in px from the left edge of the rows, of a media time. */
export function msToPx(ms: number, view: TimelineView): number {
  return (ms - view.startMs) * view.pxPerMs;
}

/** Media time under a horizontal position, in px from the left edge of the rows. */
export function pxToMs(px: number, view: TimelineView): number {
  return view.startMs + px / view.pxPerMs;
}

/** The last media time visible at the right edge. */
export function viewEndMs(view: TimelineView): number {
  return view.startMs + view.widthPx / view.pxPerMs;
}
