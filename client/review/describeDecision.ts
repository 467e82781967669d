import type { FinalProvenance } from '../../shared/agreement/finalProvenance.ts';
import type { Decision } from '../../shared/agreement/reviewDocument.ts';
import { describeProvenance } from './describeProvenance.ts';

/** How a decision reads: for `resolved`, where final's version came from when it copied something. */
export function describeDecision(
  decision: Decision,
  provenance: readonly FinalProvenance[],
  names: {
    personOf: (userId: string) => string;
    whoOf: (layer: string) => string;
    clock: (atMs: number) => string;
  },
): string {
  const who = names.personOf(decision.by);
  const when = names.clock(decision.atMs);
  if (decision.verdict === 'both-acceptable') return `both acceptable, said ${who}, ${when}`;
  const [copied] = provenance.filter((entry) => entry.disagreementId === decision.disagreementId);
  if (copied) return `resolved: ${describeProvenance(copied, names.whoOf, names.clock)}`;
  return `resolved by ${who}, ${when}${decision.note ? `: ${decision.note}` : ''}`;
}
