import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';
import type { MsRange } from '../timeline/dragSegmentRange.ts';
import { trackExtent } from '../timeline/trackExtent.ts';

/**
 * Where a layer has something on the time line: each track while it is in view, each shape from
 * its first to past its last keyframe, each segment; as media time ranges, earliest first.
 */
export function layerSpans(snapshot: LayerSnapshot, rate: FrameRate): MsRange[] {
  const spans: MsRange[] = [];
  const hasFrames = rate.num > 0;
  if (hasFrames) {
    for (const track of snapshot.tracks) spans.push(...trackExtent(track.keyframes, rate).spans);
    for (const shape of snapshot.shapes) {
      const first = shape.keyframes[0]?.frame;
      const last = shape.keyframes.at(-1)?.frame;
      if (first === undefined || last === undefined) continue;
      spans.push({ startMs: frameStartMs(first, rate), endMs: frameStartMs(last + 1, rate) });
    }
  }
  for (const segment of snapshot.segments) {
    spans.push({ startMs: segment.startMs, endMs: segment.endMs });
  }
  return spans.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}
