import type { AlphaMetric } from './AlphaMetric.ts';
import type { ReliabilityValue } from './ReliabilityValue.ts';

/**
 * The squared difference δ²_ck between every two values under a metric (Krippendorff 2011): nominal
 * 0 or 1, ordinal from how often the values from c to k were used, interval (c − k)², ratio
 * ((c − k) / (c + k))². Numeric metrics expect numbers, and ratio expects no negative ones.
 */
export function metricDifferences(
  metric: AlphaMetric,
  values: readonly ReliabilityValue[],
  valueCounts: readonly number[],
): number[][] {
  const difference = differenceFunction(metric, values, valueCounts);
  return values.map((_, first) => values.map((_, second) => difference(first, second)));
}

function differenceFunction(
  metric: AlphaMetric,
  values: readonly ReliabilityValue[],
  valueCounts: readonly number[],
): (first: number, second: number) => number {
  const numberAt = (index: number) => values[index] as number;
  switch (metric) {
    case 'nominal':
      return (first, second) => (first === second ? 0 : 1);
    case 'ordinal': {
      // countsBefore[i] is how many pairable values rank below value i.
      const countsBefore = [0];
      for (const count of valueCounts) countsBefore.push((countsBefore.at(-1) as number) + count);
      return (first, second) => {
        const [low, high] = first <= second ? [first, second] : [second, first];
        const usedFromLowToHigh =
          (countsBefore[high + 1] as number) - (countsBefore[low] as number);
        const ends = ((valueCounts[low] as number) + (valueCounts[high] as number)) / 2;
        return (usedFromLowToHigh - ends) ** 2;
      };
    }
    case 'interval':
      return (first, second) => (numberAt(first) - numberAt(second)) ** 2;
    case 'ratio':
      return (first, second) => {
        const sum = numberAt(first) + numberAt(second);
        return sum === 0 ? 0 : ((numberAt(first) - numberAt(second)) / sum) ** 2;
      };
  }
}
