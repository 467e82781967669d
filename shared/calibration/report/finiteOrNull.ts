/** The number when it is finite, else null, so NaN and Infinity never reach a report. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
