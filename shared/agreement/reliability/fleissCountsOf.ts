import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { ReliabilityData, ReliabilityValue } from './ReliabilityValue.ts';
import { sortedDistinctValues } from './sortedDistinctValues.ts';

/** Ratings per item turned into counts per category, as Fleiss' kappa takes them. */
export interface FleissCounts {
  /** The categories, in canonical order: the columns of `counts`. */
  categories: ReliabilityValue[];
  /** `counts[i][j]`: how many raters put item i in `categories[j]`. */
  counts: number[][];
}

/** Counts how many raters put each item (a row of ratings, `null` for none) in each category. */
export function fleissCountsOf(ratings: ReliabilityData): Result<FleissCounts> {
  for (const [item, row] of ratings.entries()) {
    const rater = row.findIndex((rating) => typeof rating === 'number' && !Number.isFinite(rating));
    if (rater >= 0) {
      return fail(
        `item ${item + 1}, rater ${rater + 1}: ${row[rater]} is not a rating; use null for a missing one`,
      );
    }
  }
  const categories = sortedDistinctValues(
    ratings.flatMap((row) => row.filter((rating) => rating !== null)),
  );
  const indexOf = new Map(categories.map((category, index) => [category, index]));
  const counts = ratings.map((row) => {
    const itemCounts = new Array<number>(categories.length).fill(0);
    for (const rating of row) {
      if (rating === null) continue;
      const index = indexOf.get(rating) as number;
      itemCounts[index] = (itemCounts[index] as number) + 1;
    }
    return itemCounts;
  });
  return ok({ categories, counts });
}
