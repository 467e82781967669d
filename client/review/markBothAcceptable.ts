import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import { decide } from '../../shared/agreement/reviewDocument.ts';
import { notePerson } from '../../shared/agreement/reviewPeople.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import type { ReviewCommandContext } from './ReviewCommandContext.ts';
import { writableReview } from './ReviewCommandContext.ts';

/** Records that both layers' versions are acceptable: the disagreement needs nothing in `final`. */
export function markBothAcceptable(
  context: ReviewCommandContext,
  disagreement: Disagreement,
): Result<void> {
  const review = writableReview(context);
  if (!review.ok) return review;
  review.value.transact(() => {
    notePerson(review.value, context.me, LOCAL_ORIGIN);
    decide(
      review.value,
      {
        disagreementId: disagreement.id,
        verdict: 'both-acceptable',
        by: context.me.userId,
        atMs: Math.floor(context.nowMs()),
        note: '',
      },
      LOCAL_ORIGIN,
    );
  }, LOCAL_ORIGIN);
  return ok(undefined);
}
