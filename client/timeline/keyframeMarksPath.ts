import { lastIndexAtOrBefore } from '../../shared/time/lastIndexAtOrBefore.ts';
import type { KeyframeTick } from './trackExtent.ts';
import type { TimelineView } from './timelineView.ts';
import { msToPx, viewEndMs } from './timelineView.ts';

/** Half the width of a keyframe diamond, in px. */
export const KEYFRAME_MARK_PX = 4;

/**
 * One SVG path of diamonds for the keyframes inside the view, centred on `centreYPx`. Marks closer than
 * a pixel to the previous one are skipped, so a dense track costs at most one mark per pixel.
 */
export function keyframeMarksPath(
  ticks: readonly KeyframeTick[],
  firstVisibleFrame: number,
  view: TimelineView,
  centreYPx: number,
  outside: boolean,
): string {
  const endMs = viewEndMs(view) + KEYFRAME_MARK_PX / view.pxPerMs;
  const startMs = view.startMs - KEYFRAME_MARK_PX / view.pxPerMs;
  const size = KEYFRAME_MARK_PX;
  const parts: string[] = [];
  let lastXPx = -Infinity;
  for (
    let index = Math.max(0, lastIndexAtOrBefore(ticks, firstVisibleFrame));
    index < ticks.length;
    index += 1
  ) {
    const tick = ticks[index]!;
    if (tick.ms > endMs) break;
    if (tick.ms < startMs || tick.outside !== outside) continue;
    const xPx = Math.round(msToPx(tick.ms, view) * 2) / 2;
    if (xPx - lastXPx < 1) continue;
    lastXPx = xPx;
    parts.push(`M${xPx} ${centreYPx - size}l${size} ${size}l${-size} ${size}l${-size} ${-size}z`);
  }
  return parts.join('');
}
