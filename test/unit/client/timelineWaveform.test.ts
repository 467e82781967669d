import { describe, expect, it } from 'vitest';
import { chooseWaveformLevel } from '../../../client/timeline/chooseWaveformLevel.ts';
import { fitTimelineView } from '../../../client/timeline/fitTimelineView.ts';
import { rulerTicks } from '../../../client/timeline/rulerTicks.ts';
import { timelineStepRate } from '../../../client/timeline/timelineStepRate.ts';
import { visibleBucketRange } from '../../../client/timeline/visibleBucketRange.ts';
import { zoomTimelineView } from '../../../client/timeline/zoomTimelineView.ts';
import type { PeaksDescription } from '../../../shared/protocol/peaks.ts';

const HOUR_MS = 3_600_000;
const AUDIO_ONLY = { num: 0, den: 1 };

/** A 1-hour waveform as the server describes it: 2 ms buckets, each level 4× coarser. */
const hour: PeaksDescription = {
  mediaId: 'm',
  sampleRate: 16_000,
  sampleCount: 57_600_000,
  levels: [32, 128, 512, 2048, 8192, 32_768, 131_072].map((samplesPerBucket) => ({
    samplesPerBucket,
    bucketCount: Math.ceil(57_600_000 / samplesPerBucket),
  })),
};

describe('the waveform row', () => {
  it('draws the whole hour from the level nearest one bucket per pixel', () => {
    const view = fitTimelineView(HOUR_MS, 1_200, 10);
    const level = chooseWaveformLevel(hour, view.pxPerMs);
    // 3,000 ms per pixel: 2,048 ms buckets (1.46 px each) beat 8,192 ms ones (0.37 px).
    expect(hour.levels[level]!.samplesPerBucket).toBe(32_768);
    expect(visibleBucketRange(hour, level, view)).toEqual({ from: 0, to: 1_758 });
  });

  it('takes the finest level when zoomed past it, and fetches only the buckets in view', () => {
    const view = { startMs: 1_800_000, pxPerMs: 8, widthPx: 1_200 };
    expect(chooseWaveformLevel(hour, view.pxPerMs)).toBe(0);
    expect(visibleBucketRange(hour, 0, view)).toEqual({ from: 900_000, to: 900_075 });
  });

  it('never reaches past the last bucket', () => {
    const view = { startMs: HOUR_MS - 500, pxPerMs: 1, widthPx: 1_200 };
    expect(visibleBucketRange(hour, 1, view)).toEqual({ from: 449_937, to: 450_000 });
  });
});

describe('the timeline of audio-only media', () => {
  it('steps in 10 ms and zooms in to 8 px per ms, as if at 100 frames per second', () => {
    const rate = timelineStepRate(AUDIO_ONLY);
    expect(rate).toEqual({ num: 100, den: 1 });
    const frameMs = (1000 * rate.den) / rate.num;
    const view = fitTimelineView(25_000, 1_000, frameMs);
    const zoomed = zoomTimelineView(view, 500, 10_000, 25_000, frameMs);
    expect(zoomed.pxPerMs).toBe(8);
    expect(zoomed.startMs).toBeCloseTo(12_500 - 500 / 8);
  });

  it('shows times on the ruler and no frame marks', () => {
    const ticks = rulerTicks({ startMs: 1_000, pxPerMs: 8, widthPx: 800 }, 25_000, null);
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.every((tick) => tick.kind !== 'frame')).toBe(true);
  });

  it('keeps the video’s own frame rate for video', () => {
    expect(timelineStepRate({ num: 30_000, den: 1001 })).toEqual({ num: 30_000, den: 1001 });
  });
});
