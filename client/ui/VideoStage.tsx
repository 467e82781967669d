import { useEffect, useMemo, useRef } from 'react';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { PeerPresence } from '../collab/PeerPresence.ts';
import type { BoxToolEffect } from '../tools/BoxToolEffect.ts';
import type { FrameBox } from '../tools/boxesAtFrame.ts';
import type { CanvasTool } from '../tools/CanvasTool.ts';
import type { Point } from '../tools/Point.ts';
import { buildCanvasScene } from './buildCanvasScene.ts';
import { describeDrawnBoxes } from './describeDrawnBoxes.ts';
import { useBoxTool } from './useBoxTool.ts';
import { useCanvasView } from './useCanvasView.ts';
import type { FrameMask } from './useFrameMasks.ts';
import { useMaskTool } from './useMaskTool.ts';

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
  tool: CanvasTool;
  brushRadiusPx: number;
  /** Colour of the stroke being painted (the target mask's label, or the active label). */
  strokeColour: string;
  masks: readonly FrameMask[];
  /** The masks at this frame as the browser tests read them (see describeFrameMasks). */
  maskDescription: string;
  onShape: (shape: 'stroke' | 'polygon', points: Point[]) => void;
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
  const { tool, brushRadiusPx, strokeColour, masks } = props;
  const preview = useBoxTool(view, hostRef, {
    ...props,
    enabled: tool === 'box',
    media: mediaSize,
  });
  const stroke = useMaskTool(view, hostRef, {
    shape: tool === 'box' ? null : tool === 'polygon' ? 'polygon' : 'stroke',
    radiusPx: brushRadiusPx,
    canWrite,
    mediaPerScreenPx: () => media.width / Math.max(1, hostRef.current?.clientWidth ?? media.width),
    onShape: props.onShape,
  });
  useEffect(() => {
    const strokePreview = stroke && {
      shape: stroke.shape,
      points: stroke.points,
      radiusPx: brushRadiusPx,
      erase: tool === 'eraser',
      colour: strokeColour,
    };
    view?.setScene(
      buildCanvasScene({
        boxes: frameBoxes,
        labels,
        selection,
        preview,
        peers,
        canWrite,
        masks,
        strokePreview,
      }),
    );
  }, [
    view,
    frameBoxes,
    labels,
    selection,
    preview,
    peers,
    canWrite,
    masks,
    stroke,
    brushRadiusPx,
    tool,
    strokeColour,
  ]);

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
        className={canWrite ? `canvas-host drawable tool-${tool}` : 'canvas-host'}
        data-testid="canvas"
        data-frame={props.frame}
        data-boxes={describeDrawnBoxes(frameBoxes)}
        data-masks={props.maskDescription}
        tabIndex={0}
      />
      {error && <p className="error canvas-error">{error}</p>}
    </div>
  );
}
