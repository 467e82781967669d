import type { MsRange } from '../timeline/dragSegmentRange.ts';

/**
 * Where to split an utterance's time range when its text is split at `caretOffset` of `textLength`:
 * at the playhead if it lies inside the range, else proportionally to the caret's position. The
 * result leaves both halves at least 1 ms long; null when the range is too short to split.
 */
export function splitTimeMs(
  range: MsRange,
  caretOffset: number,
  textLength: number,
  playheadMs: number,
): number | null {
  const { startMs, endMs } = range;
  if (endMs - startMs < 2) return null;
  const playheadInside = playheadMs > startMs && playheadMs < endMs;
  const fraction = textLength > 0 ? caretOffset / textLength : 0.5;
  const atMs = playheadInside
    ? Math.round(playheadMs)
    : startMs + Math.round((endMs - startMs) * fraction);
  return Math.min(endMs - 1, Math.max(startMs + 1, atMs));
}
