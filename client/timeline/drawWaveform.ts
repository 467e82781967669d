import type { PeaksDescription } from '../../shared/protocol/peaks.ts';
import { msPerBucket } from '../../shared/protocol/peaks.ts';
import type { TimelineView } from './timelineView.ts';

/** Reads one bucket's min and max into `into`; false when it is not loaded yet. */
export type ReadBucket = (bucket: number, into: { min: number; max: number }) => boolean;

/** What one drawing of the waveform showed. */
export interface WaveformDrawing {
  level: number;
  /** Columns drawn from loaded buckets, and columns left empty because theirs are still loading. */
  drawnColumns: number;
  missingColumns: number;
}

/** What drawWaveform draws from. */
export interface WaveformInput {
  view: TimelineView;
  heightPx: number;
  description: PeaksDescription;
  level: number;
  readBucket: ReadBucket;
  colour: string;
}

/**
 * Draws the waveform of the view, one column per CSS pixel: the lowest min and highest max of
 * the buckets the column covers (the bucket under it when zoomed past one bucket per pixel).
 */
export function drawWaveform(
  context: CanvasRenderingContext2D,
  input: WaveformInput,
): WaveformDrawing {
  const { view, heightPx, description, level } = input;
  const levelInfo = description.levels[level];
  const drawing = { level, drawnColumns: 0, missingColumns: 0 };
  context.clearRect(0, 0, view.widthPx, heightPx);
  if (!levelInfo) return drawing;
  const bucketMs = msPerBucket(description, levelInfo);
  const middle = heightPx / 2;
  const pxPerStep = (heightPx / 2 - 1) / 128;
  const bucket = { min: 0, max: 0 };
  context.fillStyle = input.colour;
  for (let column = 0; column < view.widthPx; column += 1) {
    const startMs = view.startMs + column / view.pxPerMs;
    const first = Math.floor(startMs / bucketMs);
    if (first >= levelInfo.bucketCount) break;
    const end = Math.min(
      levelInfo.bucketCount,
      Math.max(first + 1, Math.ceil((startMs + 1 / view.pxPerMs) / bucketMs)),
    );
    let low = 127;
    let high = -128;
    let loaded = true;
    for (let index = first; index < end && loaded; index += 1) {
      loaded = input.readBucket(index, bucket);
      low = Math.min(low, bucket.min);
      high = Math.max(high, bucket.max);
    }
    if (!loaded) {
      drawing.missingColumns += 1;
      continue;
    }
    const top = middle - high * pxPerStep;
    const bottom = middle - low * pxPerStep;
    context.fillRect(column, top, 1, Math.max(1, bottom - top));
    drawing.drawnColumns += 1;
  }
  return drawing;
}
