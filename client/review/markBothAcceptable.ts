import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import type { Result } from '../../shared/schema/result.ts';
import { ok } from '../../shared/schema/result.ts';
import type { ReviewCommandContext } from './ReviewCommandContext.ts';
import { writableReview } from './ReviewCommandContext.ts';
import { recordDecision } from './recordDecision.ts';

/** Records that both layers' versions are acceptable: the disagreement needs nothing in `final`. */
export function markBothAcceptable(
  context: ReviewCommandContext,
  disagreement: Disagreement,
): Result<void> {
  const review = writableReview(context);
  if (!review.ok) return review;
  recordDecision(review.value, context, {
    disagreementId: disagreement.id,
    verdict: 'both-acceptable',
    note: '',
    nowMs: context.nowMs(),
  });
  return ok(undefined);
}
