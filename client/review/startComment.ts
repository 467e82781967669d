import type { CommentAnchor, CommentThreadView } from '../../shared/agreement/commentThread.ts';
import { startCommentThread } from '../../shared/agreement/commentThreads.ts';
import { notePerson } from '../../shared/agreement/reviewPeople.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { ReviewCommandContext } from './ReviewCommandContext.ts';
import { writableReview } from './ReviewCommandContext.ts';

/** Opens a comment thread pinned to an object, a frame or a time range. */
export function startComment(
  context: ReviewCommandContext,
  anchor: CommentAnchor,
  text: string,
): Result<CommentThreadView> {
  const review = writableReview(context);
  if (!review.ok) return review;
  const started = startCommentThread(
    review.value,
    { threadId: context.newId(), commentId: context.newId(), anchor, text },
    { person: context.me, nowMs: context.nowMs() },
    LOCAL_ORIGIN,
  );
  if (started.ok) notePerson(review.value, context.me, LOCAL_ORIGIN);
  return started;
}
