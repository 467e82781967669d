/** What an error rate counts: words (WER) or characters (CER). */
export type ErrorUnit = 'word' | 'character';

/** The edits between a reference and a hypothesis, and the error rate they make. */
export interface ErrorCounts {
  substitutions: number;
  deletions: number;
  insertions: number;
  /** N: the tokens of the reference. */
  referenceLength: number;
  hypothesisLength: number;
  /** (S + D + I) / N; 0 when both sides are empty; null when only the reference is empty. */
  rate: number | null;
  /** Why there is no rate, for a person to read; null when there is one. */
  reason: string | null;
}

/** Edit counts with their rate, (S + D + I) / N, which has no value against an empty reference. */
export function errorCounts(
  edits: Omit<ErrorCounts, 'rate' | 'reason'>,
  unit: ErrorUnit,
): ErrorCounts {
  const errors = edits.substitutions + edits.deletions + edits.insertions;
  if (edits.referenceLength > 0) {
    return { ...edits, rate: errors / edits.referenceLength, reason: null };
  }
  if (errors === 0) return { ...edits, rate: 0, reason: null };
  const inserted = `${errors} inserted ${unit}${errors === 1 ? '' : 's'}`;
  return { ...edits, rate: null, reason: `the reference is empty: no rate for ${inserted}` };
}
