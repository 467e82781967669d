import { useEffect, useMemo, useRef } from 'react';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { PeerPresence } from '../collab/PeerPresence.ts';
import type { BoxToolEffect } from '../tools/BoxToolEffect.ts';
import type { FrameBox } from '../tools/boxesAtFrame.ts';
import type { Point } from '../tools/Point.ts';
import { buildCanvasScene } from './buildCanvasScene.ts';
import { describeDrawnBoxes } from './describeDrawnBoxes.ts';
import { useBoxTool } from './useBoxTool.ts';
import { useCanvasView } from './useCanvasView.ts';

/** What the video stage shows and reports. */
export interface VideoStageProps {
  media: MediaInfo;
  onVideoElement: (video: HTMLVideoElement | null) => void;
  frame: number;
  frameBoxes: readonly FrameBox[];
  labels: readonly Label[];
  selection: readonly string[];
  peers: readonly PeerPresence[];
  canWrite: boolean;
  onToolEffects: (effects: BoxToolEffect[]) => void;
  onPointerAt: (point: Point | null) => void;
}

/** The video with the annotation canvas laid exactly over it, and the box tool driving that canvas. */
export function VideoStage(props: VideoStageProps) {
  const { media, frameBoxes, labels, selection, peers, canWrite } = props;
  const hostRef = useRef<HTMLDivElement | null>(null);
  const mediaSize = useMemo(
    () => ({ width: media.width, height: media.height }),
    [media.width, media.height],
  );
  const { view, error } = useCanvasView(hostRef, mediaSize);
  const preview = useBoxTool(view, hostRef, { ...props, media: mediaSize });
  useEffect(() => {
    view?.setScene(
      buildCanvasScene({ boxes: frameBoxes, labels, selection, preview, peers, canWrite }),
    );
  }, [view, frameBoxes, labels, selection, preview, peers, canWrite]);

  return (
    <div className="video-stage" style={{ aspectRatio: `${media.width} / ${media.height}` }}>
      <video
        data-testid="video"
        ref={props.onVideoElement}
        src={media.url}
        preload="auto"
        playsInline
        crossOrigin="use-credentials"
      />
      <div
        ref={hostRef}
        className={canWrite ? 'canvas-host drawable' : 'canvas-host'}
        data-testid="canvas"
        data-frame={props.frame}
        data-boxes={describeDrawnBoxes(frameBoxes)}
        tabIndex={0}
      />
      {error && <p className="error canvas-error">{error}</p>}
    </div>
  );
}
