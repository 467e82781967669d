import type { PointerEvent as ReactPointerEvent } from 'react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { msPerBucket } from '../../shared/protocol/peaks.ts';
import { chooseWaveformLevel } from './chooseWaveformLevel.ts';
import { drawWaveform } from './drawWaveform.ts';
import { lanePointerPx } from './lanePointerPx.ts';
import type { TimelineView } from './timelineView.ts';
import { pxToMs } from './timelineView.ts';
import { useWaveform } from './useWaveform.ts';
import { visibleBucketRange } from './visibleBucketRange.ts';
import type { WaveformSource } from './WaveformSource.ts';

/** Props of the waveform row. */
export interface WaveformRowProps {
  source: WaveformSource;
  view: TimelineView;
  durationMs: number;
  onSeek(ms: number): void;
}

const HEIGHT_PX = 56;

function formatBucketMs(ms: number): string {
  return ms < 1000 ? `${Number(ms.toFixed(1))} ms` : `${Number((ms / 1000).toFixed(2))} s`;
}

/**
 * The media's waveform, drawn from the level of server-computed peaks nearest one bucket per
 * pixel, fetching only the buckets in view; pressing or dragging on it seeks.
 */
export function WaveformRow(props: WaveformRowProps) {
  const { view, durationMs, onSeek } = props;
  const waveform = useWaveform(props.source);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [loaded, setLoaded] = useState({ count: 0, error: null as string | null });
  const ready = waveform.status === 'ready' ? waveform : null;
  const level = ready ? chooseWaveformLevel(ready.description, view.pxPerMs) : 0;
  const range = ready ? visibleBucketRange(ready.description, level, view) : { from: 0, to: 0 };

  useEffect(() => {
    if (!ready) return;
    let current = true;
    void ready.cache.load(level, range.from, range.to).then((error) => {
      if (current) setLoaded((previous) => ({ count: previous.count + 1, error }));
    });
    return () => {
      current = false;
    };
  }, [ready, level, range.from, range.to]);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    if (!ready) {
      canvas.dataset.state = waveform.status;
      return;
    }
    const scale = window.devicePixelRatio || 1;
    canvas.width = Math.round(view.widthPx * scale);
    canvas.height = Math.round(HEIGHT_PX * scale);
    context.setTransform(scale, 0, 0, scale, 0, 0);
    const drawing = drawWaveform(context, {
      view,
      heightPx: HEIGHT_PX,
      description: ready.description,
      level,
      readBucket: (bucket, into) => ready.cache.readBucket(level, bucket, into),
      colour: getComputedStyle(canvas).color,
    });
    Object.assign(canvas.dataset, {
      state: drawing.missingColumns > 0 ? 'loading' : 'drawn',
      level: String(level),
      fromBucket: String(range.from),
      toBucket: String(range.to),
      drawnColumns: String(drawing.drawnColumns),
    });
  }, [waveform.status, ready, view, level, range.from, range.to, loaded]);

  const seekAt = (event: ReactPointerEvent<HTMLDivElement>) => {
    const ms = pxToMs(lanePointerPx(event), view);
    onSeek(Math.round(Math.min(durationMs, Math.max(0, ms))));
  };
  const levelInfo = ready?.description.levels[level];
  const detail =
    ready && levelInfo
      ? `${formatBucketMs(msPerBucket(ready.description, levelInfo))} per bucket`
      : '';
  const problem = waveform.status === 'error' ? waveform.error : loaded.error;
  return (
    <div className="timeline-row timeline-waveform-row" data-testid="waveform-row">
      <div className="timeline-row-header" title={detail ? `Waveform, ${detail}` : 'Waveform'}>
        <span className="timeline-row-name">Waveform</span>
        {waveform.status === 'loading' && <span className="timeline-row-id">loading…</span>}
      </div>
      <div
        className="timeline-lane timeline-waveform-lane"
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture(event.pointerId);
          seekAt(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) seekAt(event);
        }}
      >
        <canvas
          ref={canvasRef}
          className="timeline-waveform-canvas"
          data-testid="waveform"
          style={{ width: view.widthPx, height: HEIGHT_PX }}
        />
        {problem && (
          <p className="timeline-waveform-error" role="alert">
            The waveform cannot be shown: {problem}
          </p>
        )}
      </div>
    </div>
  );
}
