import { useEffect, useMemo, useRef } from 'react';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { CanvasScene } from '../canvas/CanvasScene.ts';
import { StageMedia } from './StageMedia.tsx';
import { useCanvasView } from './useCanvasView.ts';
import type { StageView } from './useStageView.ts';
import { useZoomableStage } from './useZoomableStage.ts';
import { fitMediaStyle } from './fitMediaStyle.ts';

/** What the review stage shows: the media at a frame under a scene of every layer shown. */
export interface ReviewStageProps {
  media: MediaInfo;
  frame: number;
  scene: CanvasScene;
  /** The boxes drawn, as JSON, published on the canvas host. */
  drawnBoxes: string;
  stageView: StageView;
  onVideoElement: (video: HTMLVideoElement | null) => void;
  onSpaceTap: () => void;
}

/** The media with the compared layers overlaid, read-only, zoomable and pannable like the editor's stage. */
export function ReviewStage(props: ReviewStageProps) {
  const { media, stageView, scene } = props;
  const hostRef = useRef<HTMLDivElement | null>(null);
  const stageRef = useRef<HTMLDivElement | null>(null);
  const mediaSize = useMemo(
    () => ({ width: media.width, height: media.height }),
    [media.width, media.height],
  );
  const { view, error } = useCanvasView(hostRef, mediaSize);
  const stageClassName = useZoomableStage(view, stageRef, {
    stageView,
    onSpaceTap: props.onSpaceTap,
  });
  useEffect(() => view?.setScene(scene), [view, scene]);
  return (
    <div ref={stageRef} className={stageClassName} style={fitMediaStyle(media)}>
      <StageMedia
        media={media}
        frame={props.frame}
        onVideoElement={props.onVideoElement}
        viewport={stageView.viewport}
        adjustments={stageView.adjustments}
      />
      <div
        ref={hostRef}
        className="canvas-host"
        data-testid="review-canvas"
        data-frame={props.frame}
        data-boxes={props.drawnBoxes}
        tabIndex={0}
      />
      {error && <p className="error canvas-error">{error}</p>}
    </div>
  );
}
