import type { MsRange } from './dragSegmentRange.ts';

/**
 * A range of `lengthMs` starting at the playhead, shifted back when it would run past the end of the
 * media; null when the media is too short to hold one ms.
 */
export function rangeAtPlayhead(
  playheadMs: number,
  durationMs: number,
  lengthMs: number,
): MsRange | null {
  const endOfMediaMs = Math.floor(durationMs);
  const length = Math.min(Math.round(lengthMs), endOfMediaMs);
  if (length < 1) return null;
  const startMs = Math.max(0, Math.min(Math.round(playheadMs), endOfMediaMs - length));
  return { startMs, endMs: startMs + length };
}
