import { finiteOrNull } from './finiteOrNull.ts';

/** The mean of the finite values, skipping nulls; null when none is left. */
export function meanOf(values: Iterable<number | null>): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    const finite = finiteOrNull(value);
    if (finite === null) continue;
    sum += finite;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}
