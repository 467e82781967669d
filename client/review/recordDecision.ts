import type * as Y from 'yjs';
import type { Decision } from '../../shared/agreement/reviewDocument.ts';
import { decide } from '../../shared/agreement/reviewDocument.ts';
import { notePerson } from '../../shared/agreement/reviewPeople.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { ReviewCommandContext } from './ReviewCommandContext.ts';

/** Writes the reviewer's decision about a disagreement (and their name) into `review`, as one step. */
export function recordDecision(
  review: Y.Doc,
  context: Pick<ReviewCommandContext, 'me'>,
  decision: Pick<Decision, 'disagreementId' | 'verdict' | 'note'> & { nowMs: number },
): void {
  const { nowMs, ...fields } = decision;
  review.transact(() => {
    notePerson(review, context.me, LOCAL_ORIGIN);
    decide(review, { ...fields, by: context.me.userId, atMs: Math.floor(nowMs) }, LOCAL_ORIGIN);
  }, LOCAL_ORIGIN);
}
