import type { TimelineView } from './timelineView.ts';
import { msToPx } from './timelineView.ts';

/** Which part of a segment a pointer is over: an edge trims, the body moves. */
export type SegmentPart = 'start' | 'end' | 'body';

/** What the pointer is over in a segment row. */
export interface SegmentHit {
  segmentId: string;
  part: SegmentPart;
}

/** The least a segment needs to be hit testable. */
export interface TimedSegment {
  id: string;
  startMs: number;
  endMs: number;
}

interface ScoredHit extends SegmentHit {
  score: number;
  widthPx: number;
}

function scoreSegment(segment: TimedSegment, xPx: number, view: TimelineView, edgePx: number) {
  const leftPx = msToPx(segment.startMs, view);
  const rightPx = msToPx(segment.endMs, view);
  const widthPx = rightPx - leftPx;
  if (xPx < leftPx - edgePx || xPx > rightPx + edgePx) return null;
  // A narrow segment keeps a middle third to grab its body by.
  const zonePx = Math.min(edgePx, widthPx / 3);
  const toStartPx = Math.abs(xPx - leftPx);
  const toEndPx = Math.abs(xPx - rightPx);
  const inside = xPx >= leftPx && xPx <= rightPx;
  // Edges beat bodies; between two edges at one boundary the one whose segment holds the pointer wins.
  const outsidePenalty = inside ? 0 : 0.5;
  if (xPx < leftPx || (inside && toStartPx <= zonePx && toStartPx <= toEndPx)) {
    return { part: 'start' as const, score: toStartPx + outsidePenalty, widthPx };
  }
  if (xPx > rightPx || (inside && toEndPx <= zonePx)) {
    return { part: 'end' as const, score: toEndPx + outsidePenalty, widthPx };
  }
  return { part: 'body' as const, score: edgePx + 1, widthPx };
}

/** The segment part under a pointer at `xPx`, edges within `edgePx` first; narrower segments win ties. */
export function hitTestSegments(
  segments: readonly TimedSegment[],
  xPx: number,
  view: TimelineView,
  edgePx: number,
): SegmentHit | null {
  let best: ScoredHit | null = null;
  for (const segment of segments) {
    const scored = scoreSegment(segment, xPx, view, edgePx);
    if (!scored) continue;
    const hit: ScoredHit = { segmentId: segment.id, ...scored };
    if (
      !best ||
      hit.score < best.score ||
      (hit.score === best.score && hit.widthPx < best.widthPx) ||
      (hit.score === best.score && hit.widthPx === best.widthPx && hit.segmentId < best.segmentId)
    ) {
      best = hit;
    }
  }
  return best && { segmentId: best.segmentId, part: best.part };
}
