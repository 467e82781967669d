import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { LintFinding } from '../../shared/lint/LintFinding.ts';
import type { VideoPlayback } from './useVideoPlayback.ts';

/** A click on a Problems entry: seek to where it is and select the records it names that still exist. */
export function jumpToFinding(
  finding: LintFinding,
  context: {
    playback: VideoPlayback | null;
    frameCount: number;
    snapshot: LayerSnapshot;
    setSelection: (ids: string[]) => void;
  },
): void {
  const { location } = finding;
  const clock = context.playback?.clock;
  if (location && 'frame' in location) {
    clock?.seekToFrame(Math.min(location.frame, context.frameCount - 1));
  } else if (location) {
    clock?.seekToMs(Math.max(0, location.startMs));
  }
  const { tracks, segments, masks, shapes, links } = context.snapshot;
  const ids = new Set(
    [...tracks, ...segments, ...masks, ...shapes, ...links].map((each) => each.id),
  );
  context.setSelection(finding.recordIds.filter((id) => ids.has(id)));
}
