import { describe, expect, it } from 'vitest';
import { trackExtent } from '../../../client/timeline/trackExtent.ts';
import type { KeyframeView } from '../../../shared/doc/readLayer.ts';

const RATE = { num: 25, den: 1 };
const box = { x: 0, y: 0, w: 10, h: 10 };
const keyframe = (frame: number, outside = false): KeyframeView => ({ frame, box, outside });

describe('track extent on the timeline', () => {
  it('places each keyframe at the start of its frame', () => {
    const { ticks } = trackExtent([keyframe(0), keyframe(25), keyframe(50, true)], RATE);
    expect(ticks).toEqual([
      { frame: 0, ms: 0, outside: false },
      { frame: 25, ms: 1_000, outside: false },
      { frame: 50, ms: 2_000, outside: true },
    ]);
  });

  it('shows the object from a visible keyframe until the next outside keyframe', () => {
    const { spans } = trackExtent(
      [keyframe(0), keyframe(25), keyframe(50, true), keyframe(75), keyframe(100)],
      RATE,
    );
    expect(spans).toEqual([
      { startMs: 0, endMs: 2_000 },
      { startMs: 3_000, endMs: 4_040 },
    ]);
  });

  it('draws a single keyframe as one frame long and an all-outside track as nothing', () => {
    expect(trackExtent([keyframe(10)], RATE).spans).toEqual([{ startMs: 400, endMs: 440 }]);
    expect(trackExtent([keyframe(10, true)], RATE).spans).toEqual([]);
    expect(trackExtent([], RATE)).toEqual({ ticks: [], spans: [] });
  });
});
