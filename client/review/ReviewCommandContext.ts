import type * as Y from 'yjs';
import type { ReviewPerson } from '../../shared/agreement/reviewPeople.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/** What the review page's commands act on and as whom. */
export interface ReviewCommandContext {
  /** The item's `review` document; null when the user may not read it. */
  review: Y.Doc | null;
  /** The item's `final` layer; null when the user may not read it. */
  final: Y.Doc | null;
  /** A compared layer's document by layer name, null when it is not open. */
  layerDoc(layer: string): Y.Doc | null;
  me: ReviewPerson;
  canWriteReview(): boolean;
  canWriteFinal(): boolean;
  newId(): string;
  nowMs(): number;
}

/** The review document when this user may write it now, else why not. */
export function writableReview(context: ReviewCommandContext): Result<Y.Doc> {
  if (!context.review || !context.canWriteReview()) {
    return fail(
      'only reviewers, trainers and admins decide, comment and move the item’s status; you can read the review',
    );
  }
  return ok(context.review);
}

/** The final layer when this user may write it now, else why not. */
export function writableFinal(context: ReviewCommandContext): Result<Y.Doc> {
  if (!context.final || !context.canWriteFinal()) {
    return fail('only reviewers and admins write the final layer; you can look at it');
  }
  return ok(context.final);
}
