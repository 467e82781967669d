import type { KeyframeView } from '../../shared/doc/readLayer.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';
import type { MsRange } from './dragSegmentRange.ts';

/** A keyframe placed on the timeline. */
export interface KeyframeTick {
  frame: number;
  ms: number;
  outside: boolean;
}

/** Where a track is drawn: its keyframes and the time ranges in which the object is in view. */
export interface TrackExtent {
  ticks: KeyframeTick[];
  spans: MsRange[];
}

/**
 * A track is in view from a keyframe that is not `outside` up to the next `outside` keyframe, and
 * after its last keyframe only through the end of that keyframe's frame.
 */
export function trackExtent(keyframes: readonly KeyframeView[], rate: FrameRate): TrackExtent {
  const ticks = keyframes.map((keyframe) => ({
    frame: keyframe.frame,
    ms: frameStartMs(keyframe.frame, rate),
    outside: keyframe.outside,
  }));
  const spans: MsRange[] = [];
  let openStartMs: number | null = null;
  for (const tick of ticks) {
    if (!tick.outside && openStartMs === null) openStartMs = tick.ms;
    if (tick.outside && openStartMs !== null) {
      spans.push({ startMs: openStartMs, endMs: tick.ms });
      openStartMs = null;
    }
  }
  const last = ticks[ticks.length - 1];
  if (openStartMs !== null && last) {
    spans.push({ startMs: openStartMs, endMs: frameStartMs(last.frame + 1, rate) });
  }
  return { ticks, spans };
}
