import { describe, expect, it } from 'vitest';
import { formatMediaTime } from '../../../client/timeline/formatMediaTime.ts';
import { majorStepMs, rulerTicks } from '../../../client/timeline/rulerTicks.ts';
import type { TimelineView } from '../../../client/timeline/timelineView.ts';
import { frameStartMs } from '../../../shared/time/frameStartMs.ts';

const NTSC = { num: 30_000, den: 1_001 };

describe('time ruler', () => {
  it('labels whole seconds when the media fits the width', () => {
    const view: TimelineView = { startMs: 0, pxPerMs: 1_000 / 20_000, widthPx: 1_000 };
    const labels = rulerTicks(view, 20_000, NTSC)
      .filter((tick) => tick.kind === 'major')
      .map((tick) => tick.label);
    expect(labels).toEqual([
      '0:00',
      '0:02',
      '0:04',
      '0:06',
      '0:08',
      '0:10',
      '0:12',
      '0:14',
      '0:16',
      '0:18',
      '0:20',
    ]);
  });

  it('keeps labels at least 90 px apart at every zoom', () => {
    for (const pxPerMs of [0.001, 0.03, 0.5, 2, 10]) {
      expect(majorStepMs(pxPerMs) * pxPerMs).toBeGreaterThanOrEqual(90);
    }
  });

  it('shows millisecond labels and every frame boundary when zoomed in', () => {
    const view: TimelineView = { startMs: 1_000, pxPerMs: 1, widthPx: 200 };
    const ticks = rulerTicks(view, 20_000, NTSC);
    const frames = ticks.filter((tick) => tick.kind === 'frame');
    expect(frames.map((tick) => tick.ms)).toEqual(
      [30, 31, 32, 33, 34, 35].map((frame) => frameStartMs(frame, NTSC)),
    );
    expect(frames[0]?.ms).toBe(1_001);
    expect(frames.find((tick) => tick.label !== null)?.label).toBe('30');
    expect(ticks.find((tick) => tick.kind === 'major')?.label).toBe('0:01.000');
  });

  it('draws no frame ticks while frames are too narrow to tell apart', () => {
    const view: TimelineView = { startMs: 0, pxPerMs: 0.05, widthPx: 1_000 };
    expect(rulerTicks(view, 20_000, NTSC).some((tick) => tick.kind === 'frame')).toBe(false);
  });

  it('never draws past the end of the media', () => {
    const view: TimelineView = { startMs: 0, pxPerMs: 0.1, widthPx: 1_000 };
    expect(Math.max(...rulerTicks(view, 5_000, NTSC).map((tick) => tick.ms))).toBeLessThanOrEqual(
      5_000,
    );
  });

  it('formats media time with hours only when needed', () => {
    expect(formatMediaTime(0, false)).toBe('0:00');
    expect(formatMediaTime(61_234, true)).toBe('1:01.234');
    expect(formatMediaTime(3_723_000, false)).toBe('1:02:03');
  });
});
