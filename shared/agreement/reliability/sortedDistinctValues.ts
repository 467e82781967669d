import type { ReliabilityValue } from './ReliabilityValue.ts';

/**
 * The distinct values in canonical order, numbers ascending before strings by code unit, so every
 * coefficient sums in the same order whatever order the data came in.
 */
export function sortedDistinctValues(values: Iterable<ReliabilityValue>): ReliabilityValue[] {
  return [...new Set(values)].sort(compareValues);
}

function compareValues(left: ReliabilityValue, right: ReliabilityValue): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'number') return -1;
  if (typeof right === 'number') return 1;
  // Code-unit order, not localeCompare: the order must not depend on the machine's locale.
  return left < right ? -1 : left > right ? 1 : 0;
}
