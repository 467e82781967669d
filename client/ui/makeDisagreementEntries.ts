import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import type { FinalProvenance } from '../../shared/agreement/finalProvenance.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { ReviewState } from '../review/createReviewStateStore.ts';
import { describeDecision } from '../review/describeDecision.ts';
import { disagreementTimeRange } from '../review/disagreementTimeRange.ts';
import type { ReviewSession } from '../review/ReviewSession.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import type { DisagreementEntryProps } from './DisagreementEntry.tsx';
import { formatWallClock } from './formatWallClock.ts';
import type { ReviewNames } from './useReviewNames.ts';

const CANNOT_ACCEPT = 'only reviewers and admins write the final layer';
const CANNOT_DECIDE = 'only reviewers, trainers and admins record decisions';

/** What the disagreement entries need from the page around them. */
export interface DisagreementEntriesInput {
  session: ReviewSession;
  review: ReviewState;
  provenance: ReadonlyMap<string, FinalProvenance>;
  labels: readonly Label[];
  names: ReviewNames;
  frameRate: FrameRate;
  selectedId: string | null;
  mergePath: string | null;
  select: (id: string | null) => void;
  seekTo: (place: { startMs: number; firstFrame: number | null }) => void;
  report: (message: string | null) => void;
}

/** The props of each disagreement entry: its words, its decision and what pressing its buttons does. */
export function makeDisagreementEntries(
  input: DisagreementEntriesInput,
): (entry: Disagreement) => DisagreementEntryProps {
  const { session, review, provenance, names } = input;
  const provenanceList = [...provenance.values()];
  // A trainee's own blind (now revealed) layer is the one assignment layer they may write.
  const own = new Set(
    session.compared
      .filter(({ access }) => access.access === 'write' && access.layer.startsWith('a.'))
      .map(({ access }) => access.layer),
  );
  const accept = (entry: Disagreement, layer: string) => {
    const accepted = session.commands.acceptLayerVersion(entry, layer);
    if (!accepted.ok) return input.report(accepted.error);
    const { copied, removed } = accepted.value;
    const what = [
      copied.length > 0 && `copied ${copied.join(', ')} into final`,
      removed.length > 0 && `removed ${removed.join(', ')} from final`,
    ].filter(Boolean);
    input.report(
      `Accepted ${names.whoOf(layer)}’s version: ${what.join('; ') || 'final unchanged'}.`,
    );
  };
  const decisionOf = (entry: Disagreement) => {
    const decision = review.decisions.get(entry.id);
    if (!decision) return null;
    return describeDecision(decision, provenanceList, { ...names, clock: formatWallClock });
  };
  return (entry: Disagreement): DisagreementEntryProps => ({
    entry,
    selected: entry.id === input.selectedId,
    decision: decisionOf(entry),
    whoOf: names.whoOf,
    colourOf: names.colourOf,
    labelName: input.labels.find((label) => label.id === entry.labelId)?.name ?? null,
    mine: entry.layers.some((layer) => own.has(layer)),
    cannotAccept: session.canWriteFinal() && session.canWriteReview() ? null : CANNOT_ACCEPT,
    cannotDecide: session.canWriteReview() ? null : CANNOT_DECIDE,
    mergePath: input.mergePath,
    onSelect: () => {
      input.select(entry.id);
      input.seekTo(disagreementTimeRange(entry.location, input.frameRate));
    },
    onAccept: (layer) => accept(entry, layer),
    onBothAcceptable: () => {
      const decided = session.commands.markBothAcceptable(entry);
      input.report(decided.ok ? null : decided.error);
    },
  });
}
