import type { PeaksDescription } from '../../shared/protocol/peaks.ts';
import { msPerBucket } from '../../shared/protocol/peaks.ts';
import type { TimelineView } from './timelineView.ts';
import { viewEndMs } from './timelineView.ts';

/** The buckets of a level that the view shows, from `from` up to (not including) `to`. */
export function visibleBucketRange(
  description: PeaksDescription,
  levelIndex: number,
  view: TimelineView,
): { from: number; to: number } {
  const level = description.levels[levelIndex];
  if (!level) return { from: 0, to: 0 };
  const bucketMs = msPerBucket(description, level);
  const clamp = (bucket: number, low: number) => Math.min(level.bucketCount, Math.max(low, bucket));
  const from = clamp(Math.floor(view.startMs / bucketMs), 0);
  return { from, to: clamp(Math.ceil(viewEndMs(view) / bucketMs), from) };
}
