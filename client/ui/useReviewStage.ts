import { useCallback, useMemo, useState } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { ReviewLayer, ReviewSession } from '../review/ReviewSession.ts';
import { hasFrames } from '../timeline/timelineStepRate.ts';
import type { VideoClockState } from '../video/VideoClockState.ts';
import { useStores } from './useStores.ts';
import { useStagePlayback } from './useStagePlayback.ts';
import type { StageView } from './useStageView.ts';
import { useStageView } from './useStageView.ts';
import type { VideoPlayback } from './useVideoPlayback.ts';

/** A layer of the review page with its current snapshot. */
export interface ShownLayer extends ReviewLayer {
  snapshot: LayerSnapshot;
}

/** The review page's media, playhead, view and which layers are drawn. */
export interface ReviewStageState {
  setVideo: (video: HTMLVideoElement | null) => void;
  playback: VideoPlayback | null;
  clockState: VideoClockState;
  stageView: StageView;
  /** Every layer (compared, then final) with its snapshot. */
  layers: readonly ShownLayer[];
  hidden: ReadonlySet<string>;
  toggle: (layer: string) => void;
  /** Shows a frame when there is one, else a time. */
  seekTo: (place: { startMs: number; firstFrame: number | null }) => void;
}

/** Playback, zoom and the layers of a review session, live. */
export function useReviewStage(session: ReviewSession, media: MediaInfo): ReviewStageState {
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const { playback, clockState } = useStagePlayback(video, media);
  const stageView = useStageView(media);
  const reviewLayers = useMemo(
    () => [...session.compared, ...(session.final ? [session.final] : [])],
    [session],
  );
  const stores = useMemo(() => reviewLayers.map((layer) => layer.store), [reviewLayers]);
  const snapshots = useStores(stores);
  const layers = useMemo(
    () =>
      reviewLayers.map((layer, index) => ({
        ...layer,
        snapshot: snapshots[index] as LayerSnapshot,
      })),
    [reviewLayers, snapshots],
  );
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((layer: string) => {
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(layer)) next.add(layer);
      return next;
    });
  }, []);
  const framed = hasFrames(media.frameRate);
  const seekTo = useCallback(
    (place: { startMs: number; firstFrame: number | null }) => {
      if (framed && place.firstFrame !== null) playback?.clock.seekToFrame(place.firstFrame);
      else playback?.clock.seekToMs(Math.max(0, place.startMs));
    },
    [playback, framed],
  );
  return { setVideo, playback, clockState, stageView, layers, hidden, toggle, seekTo };
}
