import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { ReliabilityValue } from './ReliabilityValue.ts';
import { sortedDistinctValues } from './sortedDistinctValues.ts';

/** Two raters' ratings of the same items, cross-tabulated. */
export interface ConfusionMatrix {
  /** Every category either rater used on a rated pair, in canonical order. */
  categories: ReliabilityValue[];
  /** `counts[i][j]`: items the first rater put in `categories[i]` and the second in `[j]`. */
  counts: number[][];
  /** Items both raters rated. */
  pairCount: number;
  /** Items left out because one rater or both gave no rating. */
  missingPairCount: number;
}

/**
 * Cross-tabulates two raters' ratings, item by item (`null` for a missing rating); items missing a
 * rating from either rater are left out and counted.
 */
export function confusionMatrix(
  first: readonly (ReliabilityValue | null)[],
  second: readonly (ReliabilityValue | null)[],
): Result<ConfusionMatrix> {
  if (first.length !== second.length) {
    return fail(
      `the first rater has ${first.length} ratings and the second ${second.length}; give one per item to each, null where missing`,
    );
  }
  const pairs: [ReliabilityValue, ReliabilityValue][] = [];
  for (const [item, firstRating] of first.entries()) {
    const secondRating = second[item] as ReliabilityValue | null;
    for (const rating of [firstRating, secondRating]) {
      if (typeof rating === 'number' && !Number.isFinite(rating)) {
        return fail(`item ${item + 1}: ${rating} is not a rating; use null for a missing one`);
      }
    }
    if (firstRating !== null && secondRating !== null) pairs.push([firstRating, secondRating]);
  }
  if (pairs.length === 0) return fail('no item was rated by both raters');
  const categories = sortedDistinctValues(pairs.flat());
  const indexOf = new Map(categories.map((category, index) => [category, index]));
  const counts = categories.map(() => new Array<number>(categories.length).fill(0));
  for (const [firstRating, secondRating] of pairs) {
    const row = counts[indexOf.get(firstRating) as number] as number[];
    const column = indexOf.get(secondRating) as number;
    row[column] = (row[column] as number) + 1;
  }
  return ok({
    categories,
    counts,
    pairCount: pairs.length,
    missingPairCount: first.length - pairs.length,
  });
}
