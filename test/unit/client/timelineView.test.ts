import { describe, expect, it } from 'vitest';
import {
  clampTimelineView,
  fitTimelineView,
  MAX_PX_PER_FRAME,
} from '../../../client/timeline/fitTimelineView.ts';
import type { TimelineView } from '../../../client/timeline/timelineView.ts';
import { msToPx, pxToMs, viewEndMs } from '../../../client/timeline/timelineView.ts';
import {
  followPlayhead,
  scrollTimelineView,
  zoomTimelineView,
} from '../../../client/timeline/zoomTimelineView.ts';

const FRAME_MS = 1001 / 30;
const DURATION_MS = 20_000;

describe('timeline view', () => {
  it('converts ms to px and back at any zoom', () => {
    const view: TimelineView = { startMs: 1_500, pxPerMs: 0.25, widthPx: 800 };
    expect(msToPx(1_500, view)).toBe(0);
    expect(msToPx(2_500, view)).toBe(250);
    expect(pxToMs(250, view)).toBe(2_500);
    for (const ms of [0, 1_234.5, 9_999, 20_000])
      expect(pxToMs(msToPx(ms, view), view)).toBeCloseTo(ms, 9);
    expect(viewEndMs(view)).toBe(1_500 + 3_200);
  });

  it('fits the whole media into the width', () => {
    const view = fitTimelineView(DURATION_MS, 1_000, FRAME_MS);
    expect(view.startMs).toBe(0);
    expect(view.pxPerMs).toBeCloseTo(0.05);
    expect(viewEndMs(view)).toBeCloseTo(DURATION_MS);
  });

  it('keeps the time under the pointer in place while zooming', () => {
    const view = fitTimelineView(DURATION_MS, 1_000, FRAME_MS);
    const anchorPx = 370;
    const before = pxToMs(anchorPx, view);
    const zoomed = zoomTimelineView(view, anchorPx, 4, DURATION_MS, FRAME_MS);
    expect(zoomed.pxPerMs).toBeCloseTo(0.2);
    expect(pxToMs(anchorPx, zoomed)).toBeCloseTo(before, 6);
  });

  it('never zooms out past the whole media nor in past a frame of MAX_PX_PER_FRAME px', () => {
    const view = fitTimelineView(DURATION_MS, 1_000, FRAME_MS);
    const out = zoomTimelineView(view, 500, 0.01, DURATION_MS, FRAME_MS);
    expect(out.pxPerMs).toBeCloseTo(view.pxPerMs);
    const deep = zoomTimelineView(view, 500, 1e6, DURATION_MS, FRAME_MS);
    expect(deep.pxPerMs * FRAME_MS).toBeCloseTo(MAX_PX_PER_FRAME);
  });

  it('scrolls only within the media', () => {
    const view: TimelineView = { startMs: 0, pxPerMs: 0.1, widthPx: 1_000 };
    expect(scrollTimelineView(view, -500, DURATION_MS, FRAME_MS).startMs).toBe(0);
    expect(scrollTimelineView(view, 500, DURATION_MS, FRAME_MS).startMs).toBe(5_000);
    expect(scrollTimelineView(view, 1e9, DURATION_MS, FRAME_MS).startMs).toBe(10_000);
  });

  it('clamps a view that a shorter media no longer fills', () => {
    const clamped = clampTimelineView(
      { startMs: 15_000, pxPerMs: 0.1, widthPx: 1_000 },
      12_000,
      FRAME_MS,
    );
    expect(clamped.startMs).toBe(2_000);
  });

  it('pages to a playhead that left the window and leaves a visible one alone', () => {
    const view: TimelineView = { startMs: 0, pxPerMs: 0.1, widthPx: 1_000 };
    expect(followPlayhead(view, 4_000, DURATION_MS, FRAME_MS)).toBe(view);
    const paged = followPlayhead(view, 12_000, DURATION_MS, FRAME_MS);
    expect(paged.startMs).toBe(10_000);
    const back = followPlayhead({ ...view, startMs: 8_000 }, 3_000, DURATION_MS, FRAME_MS);
    expect(back.startMs).toBe(2_000);
  });
});
