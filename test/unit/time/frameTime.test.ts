import { describe, expect, it } from 'vitest';
import { MAX_FRAME_INDEX } from '../../../shared/schema/track.ts';
import { frameAtMs } from '../../../shared/time/frameAtMs.ts';
import { frameCountOf } from '../../../shared/time/frameCountOf.ts';
import type { FrameRate } from '../../../shared/time/FrameRate.ts';
import { frameOfTimestamp } from '../../../shared/time/frameOfTimestamp.ts';
import { frameStartMs } from '../../../shared/time/frameStartMs.ts';
import { seekTimeForFrame } from '../../../shared/time/seekTimeForFrame.ts';

const NTSC: FrameRate = { num: 30000, den: 1001 };
const THIRTY: FrameRate = { num: 30, den: 1 };
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

describe('frame start times', () => {
  it('starts frame 0 at 0 ms', () => {
    expect(frameStartMs(0, NTSC)).toBe(0);
    expect(frameAtMs(0, NTSC)).toBe(0);
  });

  it('gives the exact fractional start of an NTSC frame', () => {
    expect(frameStartMs(1, NTSC)).toBeCloseTo(33.3667, 4);
    expect(frameStartMs(30, NTSC)).toBe(1001);
    expect(frameStartMs(30_000, NTSC)).toBe(1_001_000);
  });

  it('keeps whole-millisecond starts exact at the largest frame index', () => {
    expect(frameStartMs(MAX_FRAME_INDEX, { num: 120, den: 1 })).toBe(DAY_MS);
  });
});

describe('frameAtMs', () => {
  it('shows a frame from its start until the next one starts', () => {
    expect(frameAtMs(33, NTSC)).toBe(0);
    expect(frameAtMs(34, NTSC)).toBe(1);
    expect(frameAtMs(1000, NTSC)).toBe(29);
    expect(frameAtMs(1001, NTSC)).toBe(30);
  });

  it('handles fractional milliseconds on either side of a frame boundary', () => {
    expect(frameAtMs(33.36, NTSC)).toBe(0);
    expect(frameAtMs(33.37, NTSC)).toBe(1);
  });

  it('shows frame 0 before the media starts', () => {
    expect(frameAtMs(-5, NTSC)).toBe(0);
    expect(frameAtMs(Number.NaN, NTSC)).toBe(0);
  });

  it('does not drift over 24 hours', () => {
    // 86,400,000 ms × 30 / 1001 = 2,589,410.59…
    expect(frameAtMs(DAY_MS, NTSC)).toBe(2_589_410);
    expect(frameAtMs(DAY_MS, { num: 120, den: 1 })).toBe(MAX_FRAME_INDEX);
    expect(frameAtMs(DAY_MS - 1, { num: 120, den: 1 })).toBe(MAX_FRAME_INDEX - 1);
  });

  it('falls 108 frames behind 30 fps after an hour at 29.97', () => {
    expect(frameAtMs(HOUR_MS, THIRTY)).toBe(108_000);
    expect(frameAtMs(HOUR_MS, NTSC)).toBe(107_892);
    expect(frameStartMs(107_892, NTSC)).toBeLessThanOrEqual(HOUR_MS);
    expect(frameStartMs(107_893, NTSC)).toBeGreaterThan(HOUR_MS);
  });
});

describe('frameCountOf', () => {
  it('counts the frames of the demo video from its duration', () => {
    expect(frameCountOf(20_020, NTSC)).toBe(600);
  });

  it('does not add a frame for a duration rounded up to the next millisecond', () => {
    expect(frameCountOf(20_021, NTSC)).toBe(600);
    expect(frameCountOf(1001, NTSC)).toBe(30);
    expect(frameCountOf(1002, NTSC)).toBe(30);
  });

  it('counts a last frame that is cut short by the end of the media', () => {
    expect(frameCountOf(20_000, NTSC)).toBe(600);
    expect(frameCountOf(10, THIRTY)).toBe(1);
  });

  it('counts no frames in an empty media', () => {
    expect(frameCountOf(0, NTSC)).toBe(0);
  });

  it('counts an hour of 29.97 and 30 fps video', () => {
    expect(frameCountOf(HOUR_MS, THIRTY)).toBe(108_000);
    expect(frameCountOf(HOUR_MS, NTSC)).toBe(107_893);
  });
});

describe('seekTimeForFrame', () => {
  it('seeks to the middle of the frame', () => {
    expect(seekTimeForFrame(0, THIRTY)).toBeCloseTo(1 / 60, 12);
    expect(seekTimeForFrame(299, NTSC)).toBeCloseTo((299.5 * 1001) / 30000, 12);
  });

  it('lands on the same frame it was asked for, at the last frame of a day', () => {
    const frame = frameAtMs(DAY_MS, NTSC);
    expect(frameAtMs(seekTimeForFrame(frame, NTSC) * 1000, NTSC)).toBe(frame);
  });
});

describe('frameOfTimestamp', () => {
  it('maps a rounded presentation timestamp to its frame', () => {
    expect(frameOfTimestamp(0.066733, NTSC)).toBe(2);
    expect(frameOfTimestamp(19.953267, NTSC)).toBe(598);
  });
});
