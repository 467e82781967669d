import type { ComputedPeakLevel } from './ComputedPeaks.ts';
import { coarserPeakLevel } from './coarserPeakLevel.ts';

/**
 * The finest level and every coarser one, each `levelFactor` times coarser than the last, until
 * a level has at most `coarsestMaxBuckets` buckets.
 */
export function buildPeakLevels(
  finest: ComputedPeakLevel,
  levelFactor: number,
  coarsestMaxBuckets: number,
): ComputedPeakLevel[] {
  const levels = [finest];
  let last = finest;
  while (last.buckets.length / 2 > coarsestMaxBuckets) {
    last = {
      samplesPerBucket: last.samplesPerBucket * levelFactor,
      buckets: coarserPeakLevel(last.buckets, levelFactor),
    };
    levels.push(last);
  }
  return levels;
}
