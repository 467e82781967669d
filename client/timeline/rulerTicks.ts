import type { FrameRate } from '../../shared/time/FrameRate.ts';
import { frameAtMs } from '../../shared/time/frameAtMs.ts';
import { frameStartMs } from '../../shared/time/frameStartMs.ts';
import { formatMediaTime } from './formatMediaTime.ts';
import type { TimelineView } from './timelineView.ts';
import { viewEndMs } from './timelineView.ts';

/** One mark on the ruler: labelled time, unlabelled subdivision, or a frame boundary. */
export interface RulerTick {
  ms: number;
  kind: 'major' | 'minor' | 'frame';
  label: string | null;
}

const NICE_STEPS_MS = [
  1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000,
  300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000,
];
const FRAME_LABEL_STEPS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1_000];
const MIN_LABEL_SPACING_PX = 90;
const MIN_MINOR_SPACING_PX = 8;
const MIN_FRAME_SPACING_PX = 5;
const MIN_FRAME_LABEL_SPACING_PX = 48;

/** The labelled step: the finest nice step whose labels do not crowd each other. */
export function majorStepMs(pxPerMs: number): number {
  const step = NICE_STEPS_MS.find((candidate) => candidate * pxPerMs >= MIN_LABEL_SPACING_PX);
  return step ?? NICE_STEPS_MS[NICE_STEPS_MS.length - 1]!;
}

function minorStepMs(majorMs: number, pxPerMs: number): number | null {
  const finer = NICE_STEPS_MS.filter(
    (candidate) =>
      candidate < majorMs &&
      majorMs % candidate === 0 &&
      candidate * pxPerMs >= MIN_MINOR_SPACING_PX,
  );
  return finer[0] ?? null;
}

function timeTicks(view: TimelineView, endMs: number): RulerTick[] {
  const majorMs = majorStepMs(view.pxPerMs);
  const stepMs = minorStepMs(majorMs, view.pxPerMs) ?? majorMs;
  const ticks: RulerTick[] = [];
  for (let ms = Math.ceil(view.startMs / stepMs) * stepMs; ms <= endMs; ms += stepMs) {
    const major = ms % majorMs === 0;
    ticks.push({
      ms,
      kind: major ? 'major' : 'minor',
      label: major ? formatMediaTime(ms, majorMs < 1000) : null,
    });
  }
  return ticks;
}

function firstFrameFrom(ms: number, rate: FrameRate): number {
  const frame = frameAtMs(ms, rate);
  return frameStartMs(frame, rate) < ms ? frame + 1 : frame;
}

function frameTicks(view: TimelineView, endMs: number, rate: FrameRate): RulerTick[] {
  const frameMs = (1000 * rate.den) / rate.num;
  const framePx = frameMs * view.pxPerMs;
  if (framePx < MIN_FRAME_SPACING_PX) return [];
  const labelEvery =
    FRAME_LABEL_STEPS.find((step) => step * framePx >= MIN_FRAME_LABEL_SPACING_PX) ?? Infinity;
  const ticks: RulerTick[] = [];
  for (let frame = firstFrameFrom(view.startMs, rate); ; frame += 1) {
    const ms = frameStartMs(frame, rate);
    if (ms > endMs) break;
    ticks.push({ ms, kind: 'frame', label: frame % labelEvery === 0 ? String(frame) : null });
  }
  return ticks;
}

/** Ruler marks inside the visible window, clipped to the media's duration; no frame marks without frames (audio only). */
export function rulerTicks(
  view: TimelineView,
  durationMs: number,
  rate: FrameRate | null,
): RulerTick[] {
  const endMs = Math.min(viewEndMs(view), durationMs);
  return [...timeTicks(view, endMs), ...(rate ? frameTicks(view, endMs, rate) : [])];
}
