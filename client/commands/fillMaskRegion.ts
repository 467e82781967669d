import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { addMaskOperation, createMask } from '../../shared/doc/writeMasks.ts';
import { encodeCountsString } from '../../shared/mask/countsString.ts';
import type { MaskBitmap } from '../../shared/mask/MaskBitmap.ts';
import { encodeMaskRuns } from '../../shared/mask/maskRuns.ts';
import { newRecordId } from '../../shared/schema/ids.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';

/** A region the author's client computed (flood fill, magic wand), to paint or erase at a frame. */
export interface MaskRegion {
  /** The mask to change; null paints a new one. */
  maskId: string | null;
  labelId: string | null;
  frame: number;
  region: MaskBitmap;
  mode: 'paint' | 'erase';
}

/**
 * Stores a region as one mask operation carrying its pixels (row-order runs in COCO's counts
 * text), so every replica sets the same pixels whatever the frame looks like on its screen.
 */
export function fillMaskRegion(context: CommandContext, input: MaskRegion): Result<string> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const frame = checkFrameIndex(input.frame);
  if (!frame.ok) return frame;
  if (input.maskId === null && input.mode === 'erase') {
    return fail('there is no mask here to erase: select a mask first');
  }
  if (!input.region.pixels.includes(1)) return fail('the region is empty: nothing to fill');
  if (input.maskId !== null) {
    const record = findRecord(context.doc, input.maskId, 'mask');
    if (!record.ok) return record;
  }
  const author = context.author();
  const maskId = input.maskId ?? newRecordId();
  const { width, height } = input.region;
  context.doc.transact(() => {
    if (input.maskId === null) {
      createMask(
        context.doc,
        { id: maskId, labelId: input.labelId, width, height },
        author,
        LOCAL_ORIGIN,
      );
    }
    const added = addMaskOperation(
      context.doc,
      maskId,
      {
        kind: 'region',
        mode: input.mode,
        frame: frame.value,
        by: author.userId,
        atMs: Math.floor(author.nowMs),
        runs: encodeCountsString(encodeMaskRuns(input.region)),
      },
      LOCAL_ORIGIN,
    );
    if (!added.ok) throw new Error(added.error);
  }, LOCAL_ORIGIN);
  return ok(maskId);
}
