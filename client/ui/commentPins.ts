import type { CommentThreadView } from '../../shared/agreement/commentThread.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { anchorTimeRange } from './anchorTimeRange.ts';
import type { CommentPin } from './CommentPinRow.tsx';
import { describeAnchor } from './describeAnchor.ts';

/** The comment threads that have a place on the time line, as pins titled with where they are and their first words. */
export function commentPins(
  threads: readonly CommentThreadView[],
  rate: FrameRate,
  whoOf: (layer: string) => string,
): CommentPin[] {
  return threads.flatMap((thread) => {
    const range = anchorTimeRange(thread.anchor, rate);
    if (!range) return [];
    const title = `${describeAnchor(thread.anchor, whoOf)}: ${thread.comments[0]?.text ?? ''}`;
    return [
      {
        threadId: thread.id,
        startMs: range.startMs,
        endMs: range.endMs,
        resolved: thread.resolved,
        title,
      },
    ];
  });
}
