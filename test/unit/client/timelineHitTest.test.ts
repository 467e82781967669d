import { describe, expect, it } from 'vitest';
import { hitTestSegments } from '../../../client/timeline/hitTestSegments.ts';
import type { TimelineView } from '../../../client/timeline/timelineView.ts';

// 1 px per 10 ms: segment a spans 100–300 px, b 300–500 px, tiny 700–706 px.
const view: TimelineView = { startMs: 0, pxPerMs: 0.1, widthPx: 1_000 };
const segments = [
  { id: 'a', startMs: 1_000, endMs: 3_000 },
  { id: 'b', startMs: 3_000, endMs: 5_000 },
  { id: 'tiny', startMs: 7_000, endMs: 7_060 },
];
const EDGE_PX = 5;

describe('segment hit testing', () => {
  it('finds the body in the middle of a segment', () => {
    expect(hitTestSegments(segments, 200, view, EDGE_PX)).toEqual({ segmentId: 'a', part: 'body' });
  });

  it('grabs an edge from just inside or just outside it', () => {
    expect(hitTestSegments(segments, 103, view, EDGE_PX)).toEqual({
      segmentId: 'a',
      part: 'start',
    });
    expect(hitTestSegments(segments, 97, view, EDGE_PX)).toEqual({ segmentId: 'a', part: 'start' });
    expect(hitTestSegments(segments, 94, view, EDGE_PX)).toBeNull();
  });

  it('gives a shared boundary to the segment the pointer is inside', () => {
    expect(hitTestSegments(segments, 298, view, EDGE_PX)).toEqual({ segmentId: 'a', part: 'end' });
    expect(hitTestSegments(segments, 302, view, EDGE_PX)).toEqual({
      segmentId: 'b',
      part: 'start',
    });
  });

  it('prefers an edge over the body of a neighbour', () => {
    expect(hitTestSegments(segments, 504, view, EDGE_PX)).toEqual({ segmentId: 'b', part: 'end' });
  });

  it('keeps a middle third of a narrow segment to move it by', () => {
    expect(hitTestSegments(segments, 703, view, EDGE_PX)).toEqual({
      segmentId: 'tiny',
      part: 'body',
    });
    expect(hitTestSegments(segments, 700.5, view, EDGE_PX)).toEqual({
      segmentId: 'tiny',
      part: 'start',
    });
    expect(hitTestSegments(segments, 705.5, view, EDGE_PX)).toEqual({
      segmentId: 'tiny',
      part: 'end',
    });
  });

  it('finds nothing in empty space', () => {
    expect(hitTestSegments(segments, 600, view, EDGE_PX)).toBeNull();
    expect(hitTestSegments([], 600, view, EDGE_PX)).toBeNull();
  });

  it('hit tests at the view scroll position', () => {
    const scrolled = { ...view, startMs: 2_000 };
    expect(hitTestSegments(segments, 0, scrolled, EDGE_PX)).toEqual({
      segmentId: 'a',
      part: 'body',
    });
  });
});
