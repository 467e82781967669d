import type { SegmentPart } from './hitTestSegments.ts';

/** A segment's time range in whole ms. */
export interface MsRange {
  startMs: number;
  endMs: number;
}

/** What a drag may not break: the media's bounds and a shortest segment. */
export interface RangeLimits {
  durationMs: number;
  minLengthMs: number;
}

/** The range a segment has after dragging one of its parts by `deltaMs`, kept inside the media. */
export function dragSegmentRange(
  part: SegmentPart,
  original: MsRange,
  deltaMs: number,
  limits: RangeLimits,
): MsRange {
  const { durationMs, minLengthMs } = limits;
  if (part === 'body') {
    const lengthMs = original.endMs - original.startMs;
    const startMs = Math.round(
      Math.min(Math.max(0, original.startMs + deltaMs), Math.max(0, durationMs - lengthMs)),
    );
    return { startMs, endMs: startMs + lengthMs };
  }
  if (part === 'start') {
    const latestMs = Math.max(0, original.endMs - minLengthMs);
    const startMs = Math.round(Math.min(latestMs, Math.max(0, original.startMs + deltaMs)));
    return { startMs, endMs: original.endMs };
  }
  const earliestMs = Math.min(durationMs, original.startMs + minLengthMs);
  const endMs = Math.round(Math.max(earliestMs, Math.min(durationMs, original.endMs + deltaMs)));
  return { startMs: original.startMs, endMs };
}

/** The range swept by a create-drag from `anchorMs` to `pointerMs`, in either direction, inside the media. */
export function sweptRange(anchorMs: number, pointerMs: number, durationMs: number): MsRange {
  const clamp = (ms: number) => Math.round(Math.min(durationMs, Math.max(0, ms)));
  const [fromMs, toMs] = [clamp(anchorMs), clamp(pointerMs)];
  return { startMs: Math.min(fromMs, toMs), endMs: Math.max(fromMs, toMs) };
}
