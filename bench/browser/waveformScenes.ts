// Runs in Chromium (bundled by bench/waveform.ts). Draws the opening view of a timeline (the
// whole media fitted to the width) two ways: Concord's, from the server's peaks through the
// client's own modules, and the usual one, decoding the whole file with decodeAudioData.
import { createPeaksApi } from '../../client/api/createPeaksApi.ts';
import { chooseWaveformLevel } from '../../client/timeline/chooseWaveformLevel.ts';
import { drawWaveform } from '../../client/timeline/drawWaveform.ts';
import { fitTimelineView } from '../../client/timeline/fitTimelineView.ts';
import { PeaksCache } from '../../client/timeline/PeaksCache.ts';
import type { TimelineView } from '../../client/timeline/timelineView.ts';
import { visibleBucketRange } from '../../client/timeline/visibleBucketRange.ts';

/** What both ways are given. */
export interface WaveformScene {
  mediaId: string;
  mediaUrl: string;
  durationMs: number;
  token: string;
  widthPx: number;
  heightPx: number;
  /** The rate the baseline decodes at (wavesurfer.js decodes at 8 kHz by default); 0 for the context's own. */
  decodeSampleRate: number;
}

/** How long the first waveform took, and what it was drawn from. */
export interface FirstWaveform {
  ms: number;
  detail: string;
}

const STEP_MS = 10;

/** Kept alive after drawing, as a waveform view keeps them to redraw on zoom and scroll. */
const kept: unknown[] = [];

function newCanvas(scene: WaveformScene): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = scene.widthPx;
  canvas.height = scene.heightPx;
  document.body.append(canvas);
  return canvas.getContext('2d')!;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Concord: the waveform's description, the visible buckets of the nearest level, drawn. */
export async function firstWaveformFromPeaks(scene: WaveformScene): Promise<FirstWaveform> {
  const context = newCanvas(scene);
  const startMs = performance.now();
  const peaks = createPeaksApi(() => scene.token);
  const description = await peaks.describe(scene.mediaId);
  if (!description.ok) throw new Error(description.error);
  const view = fitTimelineView(scene.durationMs, scene.widthPx, STEP_MS);
  const level = chooseWaveformLevel(description.value, view.pxPerMs);
  const range = visibleBucketRange(description.value, level, view);
  const cache = new PeaksCache(description.value.levels, (at, from, count) =>
    peaks.buckets(scene.mediaId, at, from, count),
  );
  const error = await cache.load(level, range.from, range.to);
  if (error) throw new Error(error);
  const drawing = drawWaveform(context, {
    view,
    heightPx: scene.heightPx,
    description: description.value,
    level,
    readBucket: (bucket, into) => cache.readBucket(level, bucket, into),
    colour: '#4f7cac',
  });
  await nextFrame();
  kept.push(cache);
  const samplesPerBucket = description.value.levels[level]!.samplesPerBucket;
  return {
    ms: performance.now() - startMs,
    detail: `level ${level} (${samplesPerBucket} samples per bucket), buckets ${range.from}–${range.to}, ${drawing.drawnColumns} columns`,
  };
}

function drawDecoded(
  context: CanvasRenderingContext2D,
  samples: Float32Array,
  rate: number,
  view: TimelineView,
  heightPx: number,
): number {
  const middle = heightPx / 2;
  const samplesPerPx = rate / 1000 / view.pxPerMs;
  context.fillStyle = '#4f7cac';
  let columns = 0;
  for (let column = 0; column < view.widthPx; column += 1) {
    const first = Math.floor(column * samplesPerPx);
    const end = Math.min(samples.length, Math.floor((column + 1) * samplesPerPx));
    if (first >= end) break;
    let low = 1;
    let high = -1;
    for (let index = first; index < end; index += 1) {
      const sample = samples[index]!;
      if (sample < low) low = sample;
      if (sample > high) high = sample;
    }
    const top = middle - high * (middle - 1);
    context.fillRect(column, top, 1, Math.max(1, middle - low * (middle - 1) - top));
    columns += 1;
  }
  return columns;
}

/** The baseline: fetch the whole file, decodeAudioData it, draw the same view from the samples. */
export async function firstWaveformFromDecode(scene: WaveformScene): Promise<FirstWaveform> {
  const context = newCanvas(scene);
  const startMs = performance.now();
  const response = await fetch(scene.mediaUrl, {
    headers: { authorization: `Bearer ${scene.token}` },
  });
  const bytes = await response.arrayBuffer();
  const fetchedBytes = bytes.byteLength;
  const fetchedMs = performance.now() - startMs;
  const audio = scene.decodeSampleRate
    ? new AudioContext({ sampleRate: scene.decodeSampleRate })
    : new AudioContext();
  const decoded = await audio.decodeAudioData(bytes);
  const decodedMs = performance.now() - startMs;
  const view = fitTimelineView(scene.durationMs, scene.widthPx, STEP_MS);
  const columns = drawDecoded(
    context,
    decoded.getChannelData(0),
    decoded.sampleRate,
    view,
    scene.heightPx,
  );
  await nextFrame();
  kept.push(decoded);
  await audio.close();
  const decodedMb = (decoded.length * decoded.numberOfChannels * 4) / 1e6;
  return {
    ms: performance.now() - startMs,
    detail: `fetched ${(fetchedBytes / 1e6).toFixed(1)} MB in ${fetchedMs.toFixed(0)} ms, decoded by ${decodedMs.toFixed(0)} ms to ${decoded.numberOfChannels} × ${decoded.length} samples at ${decoded.sampleRate} Hz (${decodedMb.toFixed(0)} MB of float32), ${columns} columns`,
  };
}

/** The page's JS heap after a full collection, when the browser exposes it. */
export function jsHeapBytes(): number | null {
  (globalThis as { gc?: () => void }).gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}
