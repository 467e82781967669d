import { describe, expect, it } from 'vitest';
import type { BoxKeyframe } from '../../../shared/time/interpolateBox.ts';
import { interpolateBox } from '../../../shared/time/interpolateBox.ts';

function keyframe(frame: number, x: number, outside = false): BoxKeyframe {
  return { frame, box: { x, y: x / 2, w: 10 + x, h: 20 }, outside };
}

describe('interpolateBox', () => {
  const track = [keyframe(10, 0), keyframe(20, 100), keyframe(30, 50, true), keyframe(40, 200)];

  it('draws nothing for a track without keyframes', () => {
    expect(interpolateBox([], 5)).toBeNull();
  });

  it('draws nothing before the first keyframe', () => {
    expect(interpolateBox(track, 0)).toBeNull();
    expect(interpolateBox(track, 9)).toBeNull();
  });

  it('shows a keyframe exactly as stored and marks it as a keyframe', () => {
    expect(interpolateBox(track, 10)).toEqual({
      box: { x: 0, y: 0, w: 10, h: 20 },
      outside: false,
      isKeyframe: true,
    });
    expect(interpolateBox(track, 30)).toEqual({
      box: { x: 50, y: 25, w: 60, h: 20 },
      outside: true,
      isKeyframe: true,
    });
  });

  it('moves linearly between two visible keyframes', () => {
    expect(interpolateBox(track, 15)).toEqual({
      box: { x: 50, y: 25, w: 60, h: 20 },
      outside: false,
      isKeyframe: false,
    });
    expect(interpolateBox(track, 12)?.box.x).toBeCloseTo(20, 12);
  });

  it('holds the box still before an outside keyframe instead of sliding towards it', () => {
    expect(interpolateBox(track, 25)).toEqual({
      box: { x: 100, y: 50, w: 110, h: 20 },
      outside: false,
      isKeyframe: false,
    });
  });

  it('stays hidden from an outside keyframe until the next keyframe', () => {
    expect(interpolateBox(track, 31)?.outside).toBe(true);
    expect(interpolateBox(track, 39)?.outside).toBe(true);
    expect(interpolateBox(track, 40)?.outside).toBe(false);
  });

  it('holds the last keyframe after the end of the track', () => {
    expect(interpolateBox(track, 1_000_000)).toEqual({
      box: { x: 200, y: 100, w: 210, h: 20 },
      outside: false,
      isKeyframe: false,
    });
    expect(interpolateBox([keyframe(3, 7, true)], 9)?.outside).toBe(true);
  });

  it('returns a copy that callers may change without touching the keyframe', () => {
    const shown = interpolateBox(track, 10);
    if (shown) shown.box.x = 999;
    expect(track[0]?.box.x).toBe(0);
  });
});
