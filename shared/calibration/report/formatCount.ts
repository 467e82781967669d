import { finiteOrNull } from './finiteOrNull.ts';

/** A count for the page as a whole number, or a dash when it is not a number. */
export function formatCount(value: number): string {
  const finite = finiteOrNull(value);
  return finite === null ? '—' : String(Math.round(finite));
}
