import { describe, expect, it } from 'vitest';
import { keyframeNeighbours } from '../../../shared/time/keyframeNeighbours.ts';

const keyframes = [{ frame: 5 }, { frame: 12 }, { frame: 40 }];

describe('keyframeNeighbours', () => {
  it('finds the keyframes either side of a frame between them', () => {
    expect(keyframeNeighbours(keyframes, 20)).toEqual({ previous: 12, next: 40 });
  });

  it('skips the keyframe the playhead is on, so next and previous always move', () => {
    expect(keyframeNeighbours(keyframes, 12)).toEqual({ previous: 5, next: 40 });
  });

  it('has no previous keyframe at or before the first one', () => {
    expect(keyframeNeighbours(keyframes, 0)).toEqual({ previous: null, next: 5 });
    expect(keyframeNeighbours(keyframes, 5)).toEqual({ previous: null, next: 12 });
  });

  it('has no next keyframe at or after the last one', () => {
    expect(keyframeNeighbours(keyframes, 40)).toEqual({ previous: 12, next: null });
    expect(keyframeNeighbours(keyframes, 99)).toEqual({ previous: 40, next: null });
  });

  it('has no neighbours on a track without keyframes', () => {
    expect(keyframeNeighbours([], 3)).toEqual({ previous: null, next: null });
  });
});
