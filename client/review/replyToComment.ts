import type { Comment } from '../../shared/agreement/commentThread.ts';
import { replyToCommentThread } from '../../shared/agreement/commentThreads.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { ReviewCommandContext } from './ReviewCommandContext.ts';
import { writableReview } from './ReviewCommandContext.ts';

/** Adds a reply to a comment thread. */
export function replyToComment(
  context: ReviewCommandContext,
  threadId: string,
  text: string,
): Result<Comment> {
  const review = writableReview(context);
  if (!review.ok) return review;
  return replyToCommentThread(
    review.value,
    threadId,
    { commentId: context.newId(), text },
    { person: context.me, nowMs: context.nowMs() },
    LOCAL_ORIGIN,
  );
}
