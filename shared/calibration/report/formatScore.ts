import { finiteOrNull } from './finiteOrNull.ts';

/** A score for the page: fixed decimals, or a dash when there is none. */
export function formatScore(value: number | null, decimals = 2): string {
  const finite = finiteOrNull(value);
  return finite === null ? '—' : finite.toFixed(decimals);
}
