import { spansIou } from './spansIou.ts';
import { spansOfRuns } from './spansOfRuns.ts';

/**
 * Intersection over union of two masks given as row-order runs over the same grid (maskRuns.ts),
 * counted from the runs without decoding to pixels; two empty masks give 0.
 */
export function runsIou(left: ArrayLike<number>, right: ArrayLike<number>): number {
  return spansIou(spansOfRuns(left), spansOfRuns(right));
}
