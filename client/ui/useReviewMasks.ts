import { useMemo, useRef } from 'react';
import type { CanvasMask } from '../canvas/CanvasScene.ts';
import { sceneObjectId } from './buildReviewScene.ts';
import type { ShownLayer } from './useReviewStage.ts';

/**
 * The masks of the shown layers painted at `frame`, each in its layer's colour. A decode is kept
 * while the mask's operations and the frame stay the same, so only a changed mask is decoded again.
 */
export function useReviewMasks(
  layers: readonly ShownLayer[],
  frame: number,
): readonly CanvasMask[] {
  const decoded = useRef(new Map<string, CanvasMask>());
  return useMemo(() => {
    const kept = new Map<string, CanvasMask>();
    for (const layer of layers) {
      for (const mask of layer.snapshot.masks) {
        if (!mask.frames.includes(frame)) continue;
        const maskId = sceneObjectId(layer.layer, mask.id);
        const version = `${mask.fingerprint}@${frame}`;
        let entry = decoded.current.get(maskId);
        if (!entry || entry.version !== version) {
          const read = layer.maskFrame(mask.id, frame);
          if (!read.ok) continue;
          const { width, height, pixels } = read.value.mask;
          entry = { maskId, width, height, pixels, colour: layer.colour, version };
        }
        kept.set(maskId, { ...entry, colour: layer.colour });
      }
    }
    decoded.current = kept;
    return [...kept.values()];
  }, [layers, frame]);
}
