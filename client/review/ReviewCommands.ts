import type { AcceptedIntoFinal } from '../../shared/agreement/acceptIntoFinal.ts';
import type {
  Comment,
  CommentAnchor,
  CommentThreadView,
  ThreadResolution,
} from '../../shared/agreement/commentThread.ts';
import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import type { ItemStatus, StatusChange } from '../../shared/agreement/reviewDocument.ts';
import type { Result } from '../../shared/schema/result.ts';
import { acceptLayerVersion } from './acceptLayerVersion.ts';
import { markBothAcceptable } from './markBothAcceptable.ts';
import { moveReviewStatus } from './moveReviewStatus.ts';
import { replyToComment } from './replyToComment.ts';
import { resolveComment } from './resolveComment.ts';
import type { ReviewCommandContext } from './ReviewCommandContext.ts';
import { startComment } from './startComment.ts';

/** Every change the review page makes, each one transaction per document with the local origin. */
export interface ReviewCommands {
  acceptLayerVersion(disagreement: Disagreement, sourceLayer: string): Result<AcceptedIntoFinal>;
  markBothAcceptable(disagreement: Disagreement): Result<void>;
  moveStatus(status: ItemStatus): Result<StatusChange>;
  startComment(anchor: CommentAnchor, text: string): Result<CommentThreadView>;
  replyToComment(threadId: string, text: string): Result<Comment>;
  resolveComment(threadId: string, resolved: boolean): Result<ThreadResolution>;
}

/** The review page's commands bound to its documents and user. */
export function createReviewCommands(context: ReviewCommandContext): ReviewCommands {
  return {
    acceptLayerVersion: (disagreement, sourceLayer) =>
      acceptLayerVersion(context, disagreement, sourceLayer),
    markBothAcceptable: (disagreement) => markBothAcceptable(context, disagreement),
    moveStatus: (status) => moveReviewStatus(context, status),
    startComment: (anchor, text) => startComment(context, anchor, text),
    replyToComment: (threadId, text) => replyToComment(context, threadId, text),
    resolveComment: (threadId, resolved) => resolveComment(context, threadId, resolved),
  };
}
