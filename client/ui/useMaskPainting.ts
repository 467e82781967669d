import { useState } from 'react';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { ItemSession } from '../session/ItemSession.ts';
import type { CanvasTool } from '../tools/CanvasTool.ts';
import { BRUSH_RADIUS_PX, WAND_TOLERANCE } from '../tools/CanvasTool.ts';
import { regionAtClick } from './regionAtClick.ts';
import type { MediaSize } from '../tools/MediaSize.ts';
import type { Point } from '../tools/Point.ts';
import type { Result } from '../../shared/schema/result.ts';
import { describeFrameMasks } from './describeFrameMasks.ts';
import { maskTargetOf } from './maskTargetOf.ts';
import type { FrameMask } from './useFrameMasks.ts';
import { useFrameMasks } from './useFrameMasks.ts';

const NO_MASKS: readonly FrameMask[] = [];
const UNLABELLED_COLOUR = '#9e9e9e';

/**
 * The canvas tool and brush size, the masks shown at the frame (none while history is open: they
 * are decoded from the live layer), and what painting a finished stroke or polygon does.
 */
export function useMaskPainting(input: {
  session: ItemSession;
  liveSnapshot: LayerSnapshot;
  frame: number;
  labels: readonly Label[];
  media: MediaSize;
  historyOpen: boolean;
  selection: readonly string[];
  setSelection: (ids: string[]) => void;
  activeLabelId: string | null;
  report: (message: string) => void;
}) {
  const { session, liveSnapshot, frame, labels, selection, activeLabelId } = input;
  const [tool, setTool] = useState<CanvasTool>('box');
  const [brushRadiusPx, setBrushRadiusPx] = useState<number>(BRUSH_RADIUS_PX.initial);
  const [tolerance, setTolerance] = useState<number>(WAND_TOLERANCE.initial);
  const liveMasks = useFrameMasks(session, liveSnapshot.masks, frame, labels);
  const frameMasks = input.historyOpen ? NO_MASKS : liveMasks;
  const paintShape = (shape: 'stroke' | 'polygon', points: Point[]) => {
    const start = points[0];
    if (!start) return;
    const painted = session.commands.paintMask({
      maskId: maskTargetOf(start, selection, liveSnapshot.masks, frameMasks),
      labelId: activeLabelId,
      frame,
      shape,
      points,
      radiusPx: brushRadiusPx,
      mode: tool === 'eraser' ? 'erase' : 'paint',
      media: { width: input.media.width, height: input.media.height },
    });
    if (painted.ok) input.setSelection([painted.value]);
    else input.report(painted.error);
  };
  /** A magic-wand or flood-fill click: the region is computed here and stored as one operation. */
  const fillRegion = (kind: 'wand' | 'fill', point: Point, readFrame: () => Result<ImageData>) => {
    const maskId = maskTargetOf(point, selection, liveSnapshot.masks, frameMasks);
    const region = regionAtClick({
      kind,
      point,
      tolerance,
      readFrame,
      target: frameMasks.find((mask) => mask.maskId === maskId) ?? null,
    });
    if (!region.ok) return input.report(region.error);
    const filled = session.commands.fillMaskRegion({
      maskId,
      labelId: activeLabelId,
      frame,
      region: region.value,
      mode: 'paint',
    });
    if (filled.ok) input.setSelection([filled.value]);
    else input.report(filled.error);
  };
  const strokeTarget = liveSnapshot.masks.find((mask) => selection.includes(mask.id));
  const strokeLabelId = strokeTarget ? strokeTarget.labelId : activeLabelId;
  const strokeColour =
    labels.find((label) => label.id === strokeLabelId)?.colour ?? UNLABELLED_COLOUR;
  const maskDescription = describeFrameMasks(frameMasks, (maskId, userId) => {
    const read = session.maskFrame(maskId, frame, userId);
    return read.ok ? read.value.mask.pixels : null;
  });
  return {
    tool,
    setTool,
    brushRadiusPx,
    setBrushRadiusPx,
    tolerance,
    setTolerance,
    frameMasks,
    paintShape,
    fillRegion,
    strokeColour,
    maskDescription,
  };
}
