import type { TimeRange } from './TimeRange.ts';

/**
 * Every pair [leftIndex, rightIndex] of ranges that share a positive length of time; ranges of
 * zero length overlap nothing. Pairs come in left order, then by right start.
 */
export function overlappingPairs(
  left: readonly TimeRange[],
  right: readonly TimeRange[],
): [number, number][] {
  const rightByStart = right
    .map((range, index) => ({ range, index }))
    .sort((a, b) => a.range.startMs - b.range.startMs || a.index - b.index);
  const pairs: [number, number][] = [];
  left.forEach((range, leftIndex) => {
    for (const candidate of rightByStart) {
      if (candidate.range.startMs >= range.endMs) break;
      const sharedMs =
        Math.min(range.endMs, candidate.range.endMs) -
        Math.max(range.startMs, candidate.range.startMs);
      if (sharedMs > 0) pairs.push([leftIndex, candidate.index]);
    }
  });
  return pairs;
}
