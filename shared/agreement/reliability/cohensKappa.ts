import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { ConfusionMatrix } from './confusionMatrix.ts';
import { confusionMatrix } from './confusionMatrix.ts';
import type { ReliabilityValue } from './ReliabilityValue.ts';

/** Cohen's kappa for two raters, with the confusion matrix it comes from. */
export interface CohensKappa extends ConfusionMatrix {
  /** (p_o − p_e) / (1 − p_e). */
  kappa: number;
  /** p_o, the share of items both raters put in the same category. */
  observedAgreement: number;
  /** p_e, the agreement expected from each rater's own category frequencies. */
  expectedAgreement: number;
}

/**
 * Cohen's kappa for two raters over nominal categories (Cohen 1960, "A coefficient of agreement
 * for nominal scales"). Ratings are paired by item; items either rater left `null` are left out.
 */
export function cohensKappa(
  first: readonly (ReliabilityValue | null)[],
  second: readonly (ReliabilityValue | null)[],
): Result<CohensKappa> {
  const tabulated = confusionMatrix(first, second);
  if (!tabulated.ok) return tabulated;
  const { categories, counts, pairCount } = tabulated.value;
  let agreed = 0;
  let chanceProducts = 0;
  categories.forEach((category, index) => {
    const row = counts[index] as number[];
    const rowTotal = row.reduce((sum, count) => sum + count, 0);
    const columnTotal = counts.reduce((sum, other) => sum + (other[index] as number), 0);
    agreed += row[index] as number;
    chanceProducts += rowTotal * columnTotal;
  });
  const squaredPairs = pairCount * pairCount;
  if (chanceProducts === squaredPairs) {
    return fail(
      `kappa is undefined: both raters put every item in ${JSON.stringify(categories[0])}, so agreement by chance is certain`,
    );
  }
  // Whole-number counts with one division at the end, so the result does not depend on item order.
  return ok({
    ...tabulated.value,
    kappa: (pairCount * agreed - chanceProducts) / (squaredPairs - chanceProducts),
    observedAgreement: agreed / pairCount,
    expectedAgreement: chanceProducts / squaredPairs,
  });
}
