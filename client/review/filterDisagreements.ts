import type { Disagreement, DisagreementKind } from '../../shared/agreement/Disagreement.ts';
import type { Decision } from '../../shared/agreement/reviewDocument.ts';

/** What the reviewer narrows the list to; null means any. */
export interface DisagreementFilter {
  kind: DisagreementKind | null;
  /** A label id, `''` for objects without a label, or null for any label. */
  labelId: string | null;
  /** Leave out the disagreements already decided. */
  openOnly: boolean;
}

/** No narrowing at all. */
export const ANY_DISAGREEMENT: DisagreementFilter = { kind: null, labelId: null, openOnly: false };

/** The disagreements that pass the filter, in the order given (ranked by severity, then id). */
export function filterDisagreements(
  disagreements: readonly Disagreement[],
  filter: DisagreementFilter,
  decisions: ReadonlyMap<string, Decision>,
): Disagreement[] {
  return disagreements.filter(
    (entry) =>
      (filter.kind === null || entry.kind === filter.kind) &&
      (filter.labelId === null || (entry.labelId ?? '') === filter.labelId) &&
      (!filter.openOnly || !decisions.has(entry.id)),
  );
}
