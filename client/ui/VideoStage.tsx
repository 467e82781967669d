import { useEffect, useMemo, useRef } from 'react';
import type { MediaInfo } from '../../shared/protocol/http.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { ShapeGeometry } from '../../shared/schema/shape.ts';
import type { CanvasLink, CanvasShape } from '../canvas/CanvasScene.ts';
import type { PeerPresence } from '../collab/PeerPresence.ts';
import type { BoxToolEffect } from '../tools/BoxToolEffect.ts';
import type { FrameBox } from '../tools/boxesAtFrame.ts';
import type { ShapeEdit } from '../commands/editShapeAt.ts';
import type { CanvasTool } from '../tools/CanvasTool.ts';
import { geometryOfTool, maskShapeOfTool, regionOfTool } from '../tools/CanvasTool.ts';
import { readStagePixels } from '../masks/readStagePixels.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail } from '../../shared/schema/result.ts';
import { useRegionTool } from './useRegionTool.ts';
import type { Point } from '../tools/Point.ts';
import { buildCanvasScene } from './buildCanvasScene.ts';
import { describeDrawnBoxes } from './describeDrawnBoxes.ts';
import { useBoxTool } from './useBoxTool.ts';
import { useCanvasView } from './useCanvasView.ts';
import type { FrameMask } from './useFrameMasks.ts';
import { useMaskTool } from './useMaskTool.ts';
import { StageMedia } from './StageMedia.tsx';
import type { StageView } from './useStageView.ts';
import { useZoomableStage } from './useZoomableStage.ts';
import { applyShapeDrag } from './shapesAtFrame.ts';
import { useShapeTool } from './useShapeTool.ts';
import { fitMediaStyle } from './fitMediaStyle.ts';

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
  /** Polygons, polylines, points and skeletons at this frame. */
  shapes: readonly CanvasShape[];
  /** How many points the chosen skeleton template has; null when none is chosen. */
  skeletonPointCount: number | null;
  onCreateShape: (geometry: ShapeGeometry, points: Point[]) => void;
  onEditShape: (shapeId: string, edit: ShapeEdit) => void;
  onSelectShape: (shapeId: string) => void;
  /** Links between objects on screen at this frame. */
  links: readonly CanvasLink[];
  /** A magic-wand or flood-fill click, with a reader of the frame's pixels at media size. */
  onRegionClick: (kind: 'wand' | 'fill', point: Point, readFrame: () => Result<ImageData>) => void;
  /** This user's zoom, pan, brightness and contrast. */
  stageView: StageView;
  /** Space pressed and released over the stage without panning: play or pause. */
  onSpaceTap: () => void;
}

/**
 * The video or image with the annotation canvas laid exactly over it at any zoom and pan, and the
 * tools driving that canvas.
 */
export function VideoStage(props: VideoStageProps) {
  const { media, frameBoxes, labels, selection, peers, canWrite } = props;
  const hostRef = useRef<HTMLDivElement | null>(null);
  const stageRef = useRef<HTMLDivElement | null>(null);
  const mediaSize = useMemo(
    () => ({ width: media.width, height: media.height }),
    [media.width, media.height],
  );
  const { view, error } = useCanvasView(hostRef, mediaSize);
  const { stageView } = props;
  const stageClassName = useZoomableStage(view, stageRef, {
    stageView,
    onSpaceTap: props.onSpaceTap,
  });
  const { tool, brushRadiusPx, strokeColour, masks } = props;
  const preview = useBoxTool(view, hostRef, {
    ...props,
    enabled: tool === 'box',
    media: mediaSize,
  });
  const mediaPerScreenPx = () =>
    view?.mediaPixelsPerScreenPixel() ??
    media.width / Math.max(1, hostRef.current?.clientWidth ?? media.width);
  const stroke = useMaskTool(view, hostRef, {
    shape: maskShapeOfTool(tool),
    radiusPx: brushRadiusPx,
    canWrite,
    mediaPerScreenPx,
    onShape: props.onShape,
  });
  const shapeTool = useShapeTool(view, hostRef, {
    geometry: geometryOfTool(tool),
    skeletonPointCount: props.skeletonPointCount,
    canWrite,
    shapes: props.shapes,
    mediaPerScreenPx,
    onCreate: props.onCreateShape,
    onEdit: props.onEditShape,
    onSelect: props.onSelectShape,
  });
  useRegionTool(view, {
    kind: regionOfTool(tool),
    canWrite,
    onClick: (kind, point) =>
      props.onRegionClick(kind, point, () =>
        stageRef.current
          ? readStagePixels(stageRef.current, mediaSize)
          : fail('the stage is not on screen'),
      ),
  });
  const { shapes } = props;
  useEffect(() => {
    const { draft, drag } = shapeTool;
    const strokePreview = stroke
      ? {
          shape: stroke.shape,
          points: stroke.points,
          radiusPx: brushRadiusPx,
          erase: tool === 'eraser',
          colour: strokeColour,
        }
      : draft && {
          shape:
            draft.geometry === 'polygon' || draft.geometry === 'polyline'
              ? draft.geometry
              : ('points' as const),
          points: draft.points,
          radiusPx: 0,
          erase: false,
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
        shapes: applyShapeDrag(shapes, drag),
        links: props.links,
        strokePreview,
      }),
    );
  }, [
    shapeTool,
    shapes,
    props.links,
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
        className={canWrite ? `canvas-host drawable tool-${tool}` : 'canvas-host'}
        data-testid="canvas"
        data-frame={props.frame}
        data-boxes={describeDrawnBoxes(frameBoxes)}
        data-masks={props.maskDescription}
        data-viewport={JSON.stringify(stageView.viewport)}
        data-links={props.links.map((link) => link.linkId).join(' ')}
        data-shapes={shapes.map((shape) => `${shape.shapeId}:${shape.points.length / 2}`).join(' ')}
        tabIndex={0}
      />
      {error && <p className="error canvas-error">{error}</p>}
    </div>
  );
}
