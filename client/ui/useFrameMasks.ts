import { useMemo, useRef } from 'react';
import type { MaskView } from '../../shared/doc/readLayer.ts';
import type { Label } from '../../shared/schema/labelSchema.ts';
import type { CanvasMask } from '../canvas/CanvasScene.ts';
import type { ItemSession } from '../session/ItemSession.ts';

const UNLABELLED_COLOUR = '#9e9e9e';

/** A mask decoded at a frame, with who painted it, for the canvas and the tools. */
export interface FrameMask extends CanvasMask {
  authors: readonly string[];
}

/**
 * The masks painted at `frame`, decoded from their operations. A decode is kept while the mask's
 * operations and the frame stay the same, so only a changed mask is decoded again.
 */
export function useFrameMasks(
  session: Pick<ItemSession, 'maskFrame'>,
  masks: readonly MaskView[],
  frame: number,
  labels: readonly Label[],
): readonly FrameMask[] {
  const decoded = useRef(new Map<string, FrameMask>());
  return useMemo(() => {
    const colours = new Map(labels.map((label) => [label.id, label.colour]));
    const kept = new Map<string, FrameMask>();
    const shown: FrameMask[] = [];
    for (const mask of masks) {
      if (!mask.frames.includes(frame)) continue;
      const version = `${mask.fingerprint}@${frame}`;
      const colour = (mask.labelId && colours.get(mask.labelId)) || UNLABELLED_COLOUR;
      let entry = decoded.current.get(mask.id);
      if (!entry || entry.version !== version) {
        const read = session.maskFrame(mask.id, frame);
        if (!read.ok) continue;
        const { width, height, pixels } = read.value.mask;
        entry = { maskId: mask.id, width, height, pixels, colour, version, authors: mask.authors };
      }
      entry = { ...entry, colour };
      kept.set(mask.id, entry);
      shown.push(entry);
    }
    decoded.current = kept;
    return shown;
  }, [session, masks, frame, labels]);
}
