import { describe, expect, it } from 'vitest';
import { keyframeMarksPath } from '../../../client/timeline/keyframeMarksPath.ts';
import { scrollbarGeometry } from '../../../client/timeline/scrollbarGeometry.ts';
import type { TimelineView } from '../../../client/timeline/timelineView.ts';

describe('timeline scrollbar', () => {
  it('sizes the thumb to the share of the media in view and places it by the scroll position', () => {
    const view: TimelineView = { startMs: 5_000, pxPerMs: 0.1, widthPx: 1_000 };
    const geometry = scrollbarGeometry(view, 20_000);
    expect(geometry.thumbWidthPx).toBe(500);
    expect(geometry.thumbLeftPx).toBe(250);
    expect(geometry.scrollable).toBe(true);
  });

  it('moves the lanes as far as the thumb travels, scaled to the hidden part', () => {
    const view: TimelineView = { startMs: 0, pxPerMs: 0.1, widthPx: 1_000 };
    // 10 s hidden = 1000 lane px over 500 px of thumb travel.
    expect(scrollbarGeometry(view, 20_000).lanePxPerThumbPx).toBe(2);
  });

  it('has nothing to scroll when the whole media is in view', () => {
    const view: TimelineView = { startMs: 0, pxPerMs: 0.05, widthPx: 1_000 };
    expect(scrollbarGeometry(view, 20_000).scrollable).toBe(false);
  });
});

describe('keyframe marks', () => {
  const view: TimelineView = { startMs: 1_000, pxPerMs: 0.1, widthPx: 100 };
  const ticks = [
    { frame: 0, ms: 0, outside: false },
    { frame: 30, ms: 1_200, outside: false },
    { frame: 31, ms: 1_204, outside: false },
    { frame: 40, ms: 1_500, outside: true },
    { frame: 90, ms: 3_000, outside: false },
  ];

  it('draws one diamond per visible keyframe, skipping ones within a pixel of the last', () => {
    expect(keyframeMarksPath(ticks, 25, view, 10, false)).toBe('M20 6l4 4l-4 4l-4 -4z');
  });

  it('draws outside keyframes on their own path', () => {
    expect(keyframeMarksPath(ticks, 25, view, 10, true)).toBe('M50 6l4 4l-4 4l-4 -4z');
  });
});
