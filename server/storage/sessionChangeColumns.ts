import type { CalibrationSessionRow } from './MetaStore.ts';

/** The columns a change of a calibration session sets, with their values, in a fixed order. */
export function sessionChangeColumns(
  change: Partial<Pick<CalibrationSessionRow, 'revealedAtMs' | 'closedAtMs' | 'report'>>,
): Array<['revealed_at' | 'closed_at' | 'report', number | string | null]> {
  const columns: Array<['revealed_at' | 'closed_at' | 'report', number | string | null]> = [];
  if (change.revealedAtMs !== undefined) columns.push(['revealed_at', change.revealedAtMs]);
  if (change.closedAtMs !== undefined) columns.push(['closed_at', change.closedAtMs]);
  if (change.report !== undefined) columns.push(['report', change.report]);
  return columns;
}
