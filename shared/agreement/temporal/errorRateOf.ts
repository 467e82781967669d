import type { EditOperation } from './alignTokens.ts';
import { alignTokens } from './alignTokens.ts';
import type { ErrorCounts, ErrorUnit } from './errorCounts.ts';
import { errorCounts } from './errorCounts.ts';

/** An error rate with the diff it counts. */
export interface ErrorRate extends ErrorCounts {
  operations: readonly EditOperation[];
}

/** The error rate of hypothesis tokens against reference tokens, with the diff (see alignTokens). */
export function errorRateOf(
  reference: readonly string[],
  hypothesis: readonly string[],
  unit: ErrorUnit,
): ErrorRate {
  const operations = alignTokens(reference, hypothesis);
  const count = (kind: EditOperation['kind']) =>
    operations.filter((operation) => operation.kind === kind).length;
  const edits = {
    substitutions: count('substitute'),
    deletions: count('delete'),
    insertions: count('insert'),
    referenceLength: reference.length,
    hypothesisLength: hypothesis.length,
  };
  return { ...errorCounts(edits, unit), operations };
}
