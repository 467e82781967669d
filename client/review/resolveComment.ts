import type { ThreadResolution } from '../../shared/agreement/commentThread.ts';
import { setCommentThreadResolved } from '../../shared/agreement/commentThreads.ts';
import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import type { Result } from '../../shared/schema/result.ts';
import type { ReviewCommandContext } from './ReviewCommandContext.ts';
import { writableReview } from './ReviewCommandContext.ts';

/** Resolves a comment thread, or reopens it with `resolved` false. */
export function resolveComment(
  context: ReviewCommandContext,
  threadId: string,
  resolved: boolean,
): Result<ThreadResolution> {
  const review = writableReview(context);
  if (!review.ok) return review;
  return setCommentThreadResolved(
    review.value,
    threadId,
    resolved,
    { person: context.me, nowMs: context.nowMs() },
    LOCAL_ORIGIN,
  );
}
