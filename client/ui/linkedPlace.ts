import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';

/** Where a link points the review page: a frame, or a time in media seconds. */
export interface LinkedPlace {
  startMs: number;
  firstFrame: number | null;
}

/**
 * Reads the place a link's fragment names, as the guidelines' examples write it: `#frame=<first>`
 * or `#frame=<first>-<last>` (frame indices), or `#t=<start>` or `#t=<start>,<end>` (seconds);
 * null for anything else. Media without frames takes a frame as nothing.
 */
export function linkedPlace(hash: string, frameRate: FrameRate | null): LinkedPlace | null {
  const frame = /^#frame=(\d{1,9})(?:-(\d{1,9}))?$/.exec(hash);
  if (frame && frameRate) {
    const first = Number(frame[1]);
    return { startMs: frameStartMs(first, frameRate), firstFrame: first };
  }
  const time = /^#t=(\d{1,7}(?:\.\d{1,3})?)(?:,(\d{1,7}(?:\.\d{1,3})?))?$/.exec(hash);
  if (time) return { startMs: Math.round(Number(time[1]) * 1000), firstFrame: null };
  return null;
}
