import type { DisagreementLocation } from '../../shared/agreement/Disagreement.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';

/** Where a disagreement is on the media's time line, and the frame to show first when it has frames. */
export interface DisagreementTimeRange {
  startMs: number;
  endMs: number;
  firstFrame: number | null;
}

/** A disagreement's location in media time: frames run from the start of the first to the end of the last. */
export function disagreementTimeRange(
  location: DisagreementLocation,
  rate: FrameRate,
): DisagreementTimeRange {
  if ('frames' in location) {
    const { first, last } = location.frames;
    const startMs = rate.num > 0 ? frameStartMs(first, rate) : 0;
    const endMs = rate.num > 0 ? frameStartMs(last + 1, rate) : 0;
    return { startMs, endMs, firstFrame: first };
  }
  return { startMs: location.startMs, endMs: location.endMs, firstFrame: null };
}
