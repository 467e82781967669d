import type { PeakBucketsQuery, PeaksDescription } from '../../shared/protocol/peaks.ts';
import { MAX_PEAK_BUCKETS_PER_REQUEST } from '../../shared/protocol/peaks.ts';

/** A bucket range that fits the waveform, or what is wrong with it and which parameter says so. */
export type CheckedBucketRange =
  | { ok: true; query: PeakBucketsQuery }
  | { ok: false; field: keyof PeakBucketsQuery; message: string };

/** Checks a requested bucket range against the levels a media's waveform has. */
export function checkPeakBucketRange(
  description: PeaksDescription,
  query: PeakBucketsQuery,
): CheckedBucketRange {
  const { level, from, count } = query;
  const levelCount = description.levels.length;
  const levelInfo = description.levels[level];
  if (!levelInfo) {
    const message = `level ${level} does not exist: this waveform has levels 0–${levelCount - 1}, 0 being the finest`;
    return { ok: false, field: 'level', message };
  }
  if (count < 1 || count > MAX_PEAK_BUCKETS_PER_REQUEST) {
    const message = `count must be from 1 to ${MAX_PEAK_BUCKETS_PER_REQUEST}, not ${count}`;
    return { ok: false, field: 'count', message };
  }
  const { bucketCount } = levelInfo;
  if (from >= bucketCount) {
    const message = `from ${from} is past the end of level ${level}, which has ${bucketCount} buckets (0–${bucketCount - 1})`;
    return { ok: false, field: 'from', message };
  }
  if (from + count > bucketCount) {
    const message = `buckets ${from}–${from + count - 1} run past the end of level ${level}, which has ${bucketCount} buckets: ask for at most ${bucketCount - from}`;
    return { ok: false, field: 'count', message };
  }
  return { ok: true, query };
}
