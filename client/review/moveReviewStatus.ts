import type { ItemStatus, StatusChange } from '../../shared/agreement/reviewDocument.ts';
import { moveItemStatus } from '../../shared/agreement/reviewDocument.ts';
import { notePerson } from '../../shared/agreement/reviewPeople.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail } from '../../shared/schema/result.ts';
import type { ReviewCommandContext } from './ReviewCommandContext.ts';
import { writableReview } from './ReviewCommandContext.ts';

/** Moves the item's review status when the workflow allows it, recording who moved it; a refused move says which moves are allowed. */
export function moveReviewStatus(
  context: ReviewCommandContext,
  status: ItemStatus,
): Result<StatusChange> {
  const review = writableReview(context);
  if (!review.ok) return review;
  const doc = review.value;
  const move = (): Result<StatusChange> => {
    const author = { userId: context.me.userId, nowMs: context.nowMs() };
    const moved = moveItemStatus(doc, status, author, LOCAL_ORIGIN);
    if (moved.ok) notePerson(doc, context.me, LOCAL_ORIGIN);
    return moved;
  };
  let result: Result<StatusChange> = fail(`the item could not be moved to ${status}`);
  doc.transact(() => {
    result = move();
  }, LOCAL_ORIGIN);
  return result;
}
