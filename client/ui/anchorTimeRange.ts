import type { CommentAnchor } from '../../shared/agreement/commentThread.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';

/**
 * Where a comment's anchor is in media time: a frame (or an object at a frame) spans that frame, a
 * time range itself; null for an object pinned at no frame, which has no one place on the time line.
 */
export function anchorTimeRange(
  anchor: CommentAnchor,
  rate: FrameRate,
): { startMs: number; endMs: number; frame: number | null } | null {
  if (anchor.kind === 'time') return { startMs: anchor.startMs, endMs: anchor.endMs, frame: null };
  if (anchor.frame === null || rate.num <= 0) return null;
  return {
    startMs: frameStartMs(anchor.frame, rate),
    endMs: frameStartMs(anchor.frame + 1, rate),
    frame: anchor.frame,
  };
}
