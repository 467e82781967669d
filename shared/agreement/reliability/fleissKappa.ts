import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';

/** Fleiss' kappa with the per-category and per-item quantities it is made of. */
export interface FleissKappa {
  /** (P̄ − P̄e) / (1 − P̄e). */
  kappa: number;
  /** P̄, the mean of the item agreements. */
  meanAgreement: number;
  /** P̄e, the sum of the squared category proportions. */
  expectedAgreement: number;
  /** p_j for each category (column): its share of all ratings. */
  categoryProportions: number[];
  /** P_i for each item (row): the share of pairs of its raters who agree. */
  itemAgreements: number[];
  /** n, the number of ratings per item. */
  raterCount: number;
  itemCount: number;
}

/**
 * Fleiss' kappa for a fixed number of raters per item (Fleiss 1971, "Measuring nominal scale
 * agreement among many raters"). `counts[i][j]` is how many raters put item i in category j.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): Result<FleissKappa> {
  const checked = checkCounts(counts);
  if (checked) return fail(checked);
  const first = counts[0] as readonly number[];
  const raterCount = first.reduce((sum, count) => sum + count, 0);
  const itemCount = counts.length;
  const ratingCount = itemCount * raterCount;
  const pairsPerItem = raterCount * (raterCount - 1);
  const categoryTotals = first.map((_, category) =>
    counts.reduce((sum, row) => sum + (row[category] as number), 0),
  );
  const itemSquares = counts.map((row) => row.reduce((sum, count) => sum + count * count, 0));
  const squaresOfAll = itemSquares.reduce((sum, squares) => sum + squares, 0);
  const squaresOfTotals = categoryTotals.reduce((sum, total) => sum + total * total, 0);
  if (squaresOfTotals === ratingCount * ratingCount) {
    return fail(
      'kappa is undefined: every rating is in one category, so agreement by chance is certain',
    );
  }
  // All sums are whole numbers and there is one division, so item and category order cannot
  // change the result.
  const agreeingPairs = squaresOfAll - ratingCount;
  return ok({
    kappa:
      (ratingCount * agreeingPairs - (raterCount - 1) * squaresOfTotals) /
      ((raterCount - 1) * (ratingCount * ratingCount - squaresOfTotals)),
    meanAgreement: agreeingPairs / (itemCount * pairsPerItem),
    expectedAgreement: squaresOfTotals / (ratingCount * ratingCount),
    categoryProportions: categoryTotals.map((total) => total / ratingCount),
    itemAgreements: itemSquares.map((squares) => (squares - raterCount) / pairsPerItem),
    raterCount,
    itemCount,
  });
}

function checkCounts(counts: readonly (readonly number[])[]): string | null {
  const first = counts[0];
  if (!first) return 'there are no items to compare';
  const raterCount = first.reduce((sum, count) => sum + count, 0);
  for (const [item, row] of counts.entries()) {
    if (row.length !== first.length) {
      return `item ${item + 1} has ${row.length} categories and item 1 has ${first.length}; give every item a count for every category`;
    }
    const category = row.findIndex((count) => !Number.isInteger(count) || count < 0);
    if (category >= 0) {
      return `item ${item + 1}, category ${category + 1}: ${row[category]} is not a count of raters`;
    }
    const total = row.reduce((sum, count) => sum + count, 0);
    if (total !== raterCount) {
      return `item ${item + 1} has ${total} ratings and item 1 has ${raterCount}; Fleiss' kappa needs the same number for every item (Krippendorff's alpha allows missing ones)`;
    }
  }
  if (raterCount < 2) return `each item has ${raterCount} rating; kappa needs at least two`;
  return null;
}
