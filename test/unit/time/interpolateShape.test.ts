import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_ORIGIN } from '../../../shared/doc/origins.ts';
import { createShape } from '../../../shared/doc/writeShapes.ts';
import { interpolateShape } from '../../../shared/time/interpolateShape.ts';

const keyframe = (frame: number, points: number[], outside = false) => ({
  frame,
  points,
  visible: null,
  outside,
});

describe('shapes between keyframes', () => {
  it('move each point linearly when both keyframes have as many points', () => {
    const keyframes = [keyframe(0, [0, 0, 10, 0, 10, 10]), keyframe(10, [10, 0, 20, 0, 20, 20])];
    expect(interpolateShape(keyframes, 5)).toEqual({
      points: [5, 0, 15, 0, 15, 15],
      visible: null,
      outside: false,
      isKeyframe: false,
    });
    expect(interpolateShape(keyframes, 10)?.isKeyframe).toBe(true);
    expect(interpolateShape(keyframes, 20)?.points).toEqual([10, 0, 20, 0, 20, 20]);
    expect(interpolateShape(keyframes, -1)).toBeNull();
  });

  it('hold the earlier keyframe when a vertex was added, and after an outside keyframe', () => {
    const added = [keyframe(0, [0, 0, 10, 0, 10, 10]), keyframe(10, [0, 0, 5, 5, 10, 0, 10, 10])];
    expect(interpolateShape(added, 7)?.points).toEqual([0, 0, 10, 0, 10, 10]);
    const leaving = [keyframe(0, [0, 0], true), keyframe(10, [10, 10])];
    expect(interpolateShape(leaving, 4)).toMatchObject({ points: [0, 0], outside: true });
  });

  it('keep each keypoint’s visibility from the earlier keyframe', () => {
    const keyframes = [
      { frame: 0, points: [0, 0, 4, 4], visible: [true, false], outside: false },
      { frame: 4, points: [4, 4, 8, 8], visible: [true, true], outside: false },
    ];
    expect(interpolateShape(keyframes, 2)).toMatchObject({
      points: [2, 2, 6, 6],
      visible: [true, false],
    });
  });

  it('are refused when they break their geometry, naming what is wrong', () => {
    const doc = new Y.Doc();
    const author = { userId: 'ann', nowMs: 0 };
    const make =
      (points: number[], visible: boolean[] | null = null) =>
      () =>
        createShape(
          doc,
          {
            id: 'p1',
            labelId: null,
            geometry: 'polygon',
            skeletonId: null,
            frame: 0,
            keyframe: { points, visible, outside: false },
          },
          author,
          LOCAL_ORIGIN,
        );
    expect(make([0, 0, 1, 1])).toThrow('a polygon needs at least 3 points, not 2');
    expect(make([0, 0, 1, 1, 2])).toThrow('points must be x, y pairs');
    expect(make([0, 0, 1, 1, 2, 2], [true])).toThrow('1 visibility flags for 3 points');
    expect(doc.getMap('objects').size).toBe(0);
  });
});
