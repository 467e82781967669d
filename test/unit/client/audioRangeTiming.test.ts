import { describe, expect, it } from 'vitest';
import { clampPlaybackRate } from '../../../client/audio/playbackRate.ts';
import { contextSecAt, playableRange, reachedRangeEnd } from '../../../client/audio/rangeTiming.ts';

describe('audio range timing', () => {
  it('finds when the audio clock reaches the end of a range at normal speed', () => {
    expect(contextSecAt(5_000, { mediaMs: 3_000, contextSec: 10 }, 1)).toBeCloseTo(12);
  });

  it('stretches and shrinks the wait with the playback rate', () => {
    expect(contextSecAt(5_000, { mediaMs: 3_000, contextSec: 10 }, 0.5)).toBeCloseTo(14);
    expect(contextSecAt(5_000, { mediaMs: 3_000, contextSec: 10 }, 2)).toBeCloseTo(11);
  });

  it('keeps a range inside the media and puts its ends in order', () => {
    expect(playableRange(2_000, 1_000, 20_000)).toEqual({
      ok: true,
      value: { startMs: 1_000, endMs: 2_000 },
    });
    expect(playableRange(-500, 25_000, 20_000)).toEqual({
      ok: true,
      value: { startMs: 0, endMs: 20_000 },
    });
    expect(playableRange(1_000, 2_000, Number.NaN)).toEqual({
      ok: true,
      value: { startMs: 1_000, endMs: 2_000 },
    });
  });

  it('refuses an empty range or one past the end with a reason', () => {
    const empty = playableRange(1_000, 1_000, 20_000);
    expect(empty.ok).toBe(false);
    const after = playableRange(21_000, 22_000, 20_000);
    expect(after).toEqual({
      ok: false,
      error: 'cannot play 21000–22000 ms: it is empty or outside the media',
    });
  });

  it('counts a frame half a frame before the end as the end', () => {
    expect(reachedRangeEnd(4_990, 5_000, 16.7)).toBe(true);
    expect(reachedRangeEnd(4_950, 5_000, 16.7)).toBe(false);
  });

  it('keeps playback rates between a quarter and double speed', () => {
    expect(clampPlaybackRate(0.1)).toBe(0.25);
    expect(clampPlaybackRate(3)).toBe(2);
    expect(clampPlaybackRate(1.5)).toBe(1.5);
    expect(clampPlaybackRate(Number.NaN)).toBe(1);
  });
});
