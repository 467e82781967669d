import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { AlphaMetric } from './AlphaMetric.ts';
import { ALPHA_METRICS } from './AlphaMetric.ts';
import { coincidenceMatrix } from './coincidenceMatrix.ts';
import { metricDifferences } from './metricDifferences.ts';
import { readPairableUnits } from './readPairableUnits.ts';
import type { ReliabilityData, ReliabilityValue } from './ReliabilityValue.ts';

/** Krippendorff's alpha for a reliability data matrix, with the quantities it is made of. */
export interface KrippendorffAlpha {
  metric: AlphaMetric;
  /** 1 − D_o / D_e: 1 for perfect agreement, 0 for chance, below 0 for systematic disagreement. */
  alpha: number;
  /** D_o, the disagreement observed within units. */
  observedDisagreement: number;
  /** D_e, the disagreement expected if values were paired by chance. */
  expectedDisagreement: number;
  /** n, the number of values in units that have two or more values. */
  pairableValueCount: number;
  /** How many units have two or more values. */
  pairableUnitCount: number;
  /** The distinct pairable values, in the order of the coincidence matrix. */
  values: ReliabilityValue[];
  /** The coincidence matrix o_ck, indexed like `values`. */
  coincidences: number[][];
}

/**
 * Krippendorff's alpha for any number of coders and units, missing values allowed (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability"). `data` has one row per unit and one column
 * per coder, `null` where a coder gave no value; only units with two or more values count.
 */
export function krippendorffAlpha(
  data: ReliabilityData,
  metric: AlphaMetric,
): Result<KrippendorffAlpha> {
  if (!ALPHA_METRICS.includes(metric)) {
    return fail(`"${metric}" is not a metric; use one of ${ALPHA_METRICS.join(', ')}`);
  }
  const read = readPairableUnits(data, metric);
  if (!read.ok) return read;
  const { values, units } = read.value;
  if (units.length === 0) {
    return fail('no unit has values from two or more coders, so alpha has nothing to compare');
  }
  const { matrix, valueCounts, total } = coincidenceMatrix(units, values.length);
  const differences = metricDifferences(metric, values, valueCounts);
  let observed = 0;
  let expected = 0;
  differences.forEach((row, first) =>
    row.forEach((difference, second) => {
      observed += (matrix[first]?.[second] as number) * difference;
      expected += (valueCounts[first] as number) * (valueCounts[second] as number) * difference;
    }),
  );
  if (expected === 0) {
    const reason =
      values.length === 1
        ? `every pairable value is ${JSON.stringify(values[0])}`
        : 'the pairable values differ too little to measure';
    return fail(`alpha is undefined: ${reason}, so no disagreement is expected by chance`);
  }
  return ok({
    metric,
    alpha: 1 - ((total - 1) * observed) / expected,
    observedDisagreement: observed / total,
    expectedDisagreement: expected / (total * (total - 1)),
    pairableValueCount: total,
    pairableUnitCount: units.length,
    values,
    coincidences: matrix,
  });
}
