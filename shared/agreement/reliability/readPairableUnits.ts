import type { Result } from '../../schema/result.ts';
import { fail, ok } from '../../schema/result.ts';
import type { AlphaMetric } from './AlphaMetric.ts';
import type { ReliabilityData, ReliabilityValue } from './ReliabilityValue.ts';
import { sortedDistinctValues } from './sortedDistinctValues.ts';

/** The units of a reliability data matrix with two or more values, as indices into `values`. */
export interface PairableUnits {
  /** The distinct values found in pairable units, in canonical order. */
  values: ReliabilityValue[];
  /** For each pairable unit, the indices (into `values`) of the values its coders gave. */
  units: number[][];
}

/**
 * Keeps the units with at least two values and numbers their values, or names the first unit and
 * coder (counting from 1) whose value the metric cannot use.
 */
export function readPairableUnits(
  data: ReliabilityData,
  metric: AlphaMetric,
): Result<PairableUnits> {
  const pairable: ReliabilityValue[][] = [];
  for (const [unitIndex, row] of data.entries()) {
    const present: ReliabilityValue[] = [];
    for (const [coderIndex, value] of row.entries()) {
      if (value === null) continue;
      const problem = problemWith(value, metric);
      if (problem) return fail(`unit ${unitIndex + 1}, coder ${coderIndex + 1}: ${problem}`);
      present.push(value);
    }
    if (present.length >= 2) pairable.push(present);
  }
  const values = sortedDistinctValues(pairable.flat());
  const indexOf = new Map(values.map((value, index) => [value, index]));
  return ok({
    values,
    units: pairable.map((unit) => unit.map((value) => indexOf.get(value) as number)),
  });
}

function problemWith(value: ReliabilityValue, metric: AlphaMetric): string | null {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return `${value} is not a value; use null for a missing one`;
  }
  if (metric === 'nominal') return null;
  if (typeof value !== 'number') {
    return `${JSON.stringify(value)} is not a number, and the ${metric} metric needs numbers (use the nominal metric for categories)`;
  }
  if (metric === 'ratio' && value < 0) {
    return `${value} is negative, and the ratio metric needs values measured from an absolute zero`;
  }
  return null;
}
