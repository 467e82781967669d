import { useCallback, useMemo, useState } from 'react';
import type { MediaSize } from '../tools/MediaSize.ts';
import { clampViewport } from '../viewport/clampViewport.ts';
import type { StageFraction, StageViewport } from '../viewport/StageViewport.ts';
import { FIT_VIEWPORT } from '../viewport/StageViewport.ts';
import { zoomViewportAt } from '../viewport/zoomViewportAt.ts';
import type { StageAdjustments } from './StageAdjustments.ts';
import { NO_ADJUSTMENTS } from './StageAdjustments.ts';

const CENTRE: StageFraction = { x: 0.5, y: 0.5 };

/** How this user looks at the media: zoom and pan, brightness and contrast, and the ways to change them. */
export interface StageView {
  media: MediaSize;
  viewport: StageViewport;
  setViewport(viewport: StageViewport): void;
  /** Zooms by `factor` around a point of the stage (its centre when left out). */
  zoomBy(factor: number, focus?: StageFraction): void;
  /** Shows the whole media again. */
  fit(): void;
  adjustments: StageAdjustments;
  setAdjustments(adjustments: StageAdjustments): void;
}

/** The stage's view state, per user and ephemeral: it starts fitted and unadjusted for every item opened. */
export function useStageView(media: MediaSize): StageView {
  const { width, height } = media;
  const [viewport, setRawViewport] = useState<StageViewport>(FIT_VIEWPORT);
  const [adjustments, setAdjustments] = useState<StageAdjustments>(NO_ADJUSTMENTS);
  const size = useMemo(() => ({ width, height }), [width, height]);
  const setViewport = useCallback(
    (next: StageViewport) => setRawViewport(clampViewport(next, size)),
    [size],
  );
  const zoomBy = useCallback(
    (factor: number, focus: StageFraction = CENTRE) =>
      setRawViewport((current) => zoomViewportAt(current, size, factor, focus)),
    [size],
  );
  const fit = useCallback(() => setRawViewport(FIT_VIEWPORT), []);
  return useMemo(
    () => ({ media: size, viewport, setViewport, zoomBy, fit, adjustments, setAdjustments }),
    [size, viewport, setViewport, zoomBy, fit, adjustments],
  );
}
