import { finiteOrNull } from './finiteOrNull.ts';

/** A number cell with fixed decimals; empty for null (and for NaN or Infinity). */
export function csvNumber(value: number | null, decimals: number): string {
  const finite = finiteOrNull(value);
  return finite === null ? '' : finite.toFixed(decimals);
}
