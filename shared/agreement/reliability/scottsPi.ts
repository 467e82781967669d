import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import { confusionMatrix } from './confusionMatrix.ts';
import type { ReliabilityValue } from './ReliabilityValue.ts';

/** Scott's pi for two raters. */
export interface ScottsPi {
  /** (p_o − p_e) / (1 − p_e). */
  pi: number;
  /** p_o, the share of items both raters put in the same category. */
  observedAgreement: number;
  /** p_e, the agreement expected from both raters' pooled category frequencies. */
  expectedAgreement: number;
  /** Items both raters rated. */
  pairCount: number;
}

/**
 * Scott's pi for two raters over nominal categories (Scott 1955): like Cohen's kappa, but chance
 * agreement comes from the two raters' pooled frequencies. Items either rater left `null` are left
 * out.
 */
export function scottsPi(
  first: readonly (ReliabilityValue | null)[],
  second: readonly (ReliabilityValue | null)[],
): Result<ScottsPi> {
  const tabulated = confusionMatrix(first, second);
  if (!tabulated.ok) return tabulated;
  const { categories, counts, pairCount } = tabulated.value;
  let agreed = 0;
  let pooledSquares = 0;
  categories.forEach((_, index) => {
    const row = counts[index] as number[];
    const rowTotal = row.reduce((sum, count) => sum + count, 0);
    const columnTotal = counts.reduce((sum, other) => sum + (other[index] as number), 0);
    agreed += row[index] as number;
    pooledSquares += (rowTotal + columnTotal) ** 2;
  });
  // Both raters' ratings pooled: 2N of them, so chance agreement is pooledSquares / (2N)².
  const pooledTotalSquared = 4 * pairCount * pairCount;
  if (pooledSquares === pooledTotalSquared) {
    return fail(
      `pi is undefined: both raters put every item in ${JSON.stringify(categories[0])}, so agreement by chance is certain`,
    );
  }
  return ok({
    pi: (4 * pairCount * agreed - pooledSquares) / (pooledTotalSquared - pooledSquares),
    observedAgreement: agreed / pairCount,
    expectedAgreement: pooledSquares / pooledTotalSquared,
    pairCount,
  });
}
