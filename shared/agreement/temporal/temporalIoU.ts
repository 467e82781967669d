import type { TimeRange } from './TimeRange.ts';

/**
 * Intersection over union of two [startMs, endMs) ranges, from 0 (disjoint) to 1 (the same range);
 * 0 when both are empty, so zero-length segments match nothing.
 */
export function temporalIoU(a: TimeRange, b: TimeRange): number {
  const sharedMs = Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));
  const unionMs = a.endMs - a.startMs + (b.endMs - b.startMs) - sharedMs;
  return unionMs > 0 ? sharedMs / unionMs : 0;
}
