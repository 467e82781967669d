import { useMemo } from 'react';
import type { WeightedRange } from '../review/heatBins.ts';
import { heatBins } from '../review/heatBins.ts';
import { lanePointerPx } from '../timeline/lanePointerPx.ts';
import type { TimelineView } from '../timeline/timelineView.ts';
import { pxToMs, viewEndMs } from '../timeline/timelineView.ts';

/** How wide one bin of the strip is on screen. */
const BIN_PX = 4;

/**
 * How much the layers disagree along the visible time: each bin is as red as the severity summed
 * over the disagreements it holds, against the hottest bin in view. Pressing on it seeks.
 */
export function DisagreementHeatStrip(props: {
  view: TimelineView;
  durationMs: number;
  ranges: readonly WeightedRange[];
  onSeek: (ms: number) => void;
}) {
  const { view, durationMs, ranges } = props;
  const toMs = Math.min(durationMs, viewEndMs(view));
  const binCount = Math.max(1, Math.ceil(view.widthPx / BIN_PX));
  const bins = useMemo(
    () =>
      heatBins(ranges, view.startMs, view.startMs + (binCount * BIN_PX) / view.pxPerMs, binCount),
    [ranges, view.startMs, view.pxPerMs, binCount],
  );
  const hottest = Math.max(0, ...bins);
  const hotBins = bins.filter((value) => value > 0).length;
  return (
    <div
      className="timeline-lane review-heat-lane"
      data-testid="heat-strip"
      data-hot-bins={hotBins}
      data-disagreements={ranges.length}
      title={`${ranges.length} disagreements; press to go there`}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        const ms = pxToMs(lanePointerPx(event), view);
        props.onSeek(Math.round(Math.min(toMs, Math.max(0, ms))));
      }}
    >
      <svg className="review-heat-svg" width={view.widthPx} height="100%" aria-hidden>
        {bins.map((value, index) =>
          value > 0 ? (
            <rect
              key={index}
              x={index * BIN_PX}
              y={0}
              width={BIN_PX}
              height="100%"
              fill="#e63946"
              fillOpacity={0.2 + (0.8 * value) / hottest}
            />
          ) : null,
        )}
      </svg>
    </div>
  );
}
