import { LOCAL_ORIGIN } from '../../shared/doc/origins.ts';
import { addMaskOperation, createMask } from '../../shared/doc/writeMasks.ts';
import { MAX_STROKE_RADIUS } from '../../shared/mask/rasterizeStroke.ts';
import type { MaskOperation } from '../../shared/mask/maskOperation.ts';
import { maskOperationSchema } from '../../shared/mask/maskOperation.ts';
import { MAX_COORDINATE, SUBPIXELS } from '../../shared/mask/subpixels.ts';
import { newRecordId } from '../../shared/schema/ids.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';
import type { MediaSize } from '../tools/MediaSize.ts';
import type { Point } from '../tools/Point.ts';
import { checkFrameIndex } from './checkFrameIndex.ts';
import { checkWritable } from './checkWritable.ts';
import type { CommandContext } from './CommandContext.ts';
import { findRecord } from './findRecord.ts';

/** A brush or eraser stroke, or a polygon fill, drawn at a frame, in media pixels. */
export interface MaskStroke {
  /** The mask to paint; null starts a new one (painting only). */
  maskId: string | null;
  labelId: string | null;
  frame: number;
  /** A brush stroke along the points, or a polygon through them (at least three). */
  shape: 'stroke' | 'polygon';
  points: readonly Point[];
  radiusPx: number;
  mode: 'paint' | 'erase';
  media: MediaSize;
}

function toQuarterPixels(points: readonly Point[]): number[] {
  const clamp = (value: number) => Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, value));
  return points.flatMap((point) => [
    clamp(Math.round(point.x * SUBPIXELS)),
    clamp(Math.round(point.y * SUBPIXELS)),
  ]);
}

/**
 * Adds one stroke or polygon to a mask (a new mask when `maskId` is null), as one undo step; returns the
 * mask's id. The stroke is stored as geometry, so everyone's decoder sets the same pixels.
 */
export function paintMask(context: CommandContext, stroke: MaskStroke): Result<string> {
  const writable = checkWritable(context);
  if (!writable.ok) return writable;
  const frame = checkFrameIndex(stroke.frame);
  if (!frame.ok) return frame;
  if (stroke.points.length === 0) return fail('the stroke has no points');
  if (stroke.shape === 'polygon' && stroke.points.length < 3) {
    return fail('a polygon needs at least three corners');
  }
  if (stroke.maskId === null && stroke.mode === 'erase') {
    return fail('there is no mask here to erase: select a mask first');
  }
  if (stroke.maskId !== null) {
    const record = findRecord(context.doc, stroke.maskId, 'mask');
    if (!record.ok) return record;
  }
  const author = context.author();
  const stamp = {
    mode: stroke.mode,
    frame: frame.value,
    by: author.userId,
    atMs: Math.floor(author.nowMs),
  };
  const points = toQuarterPixels(stroke.points);
  const operation: MaskOperation =
    stroke.shape === 'polygon'
      ? { kind: 'polygon', ...stamp, points }
      : {
          kind: 'stroke',
          ...stamp,
          radius: Math.max(1, Math.min(MAX_STROKE_RADIUS, Math.round(stroke.radiusPx * SUBPIXELS))),
          points,
        };
  const valid = maskOperationSchema.safeParse(operation);
  if (!valid.success) return fail(`the stroke cannot be stored: ${valid.error.issues[0]?.message}`);
  const maskId = stroke.maskId ?? newRecordId();
  context.doc.transact(() => {
    if (stroke.maskId === null) {
      const size = { width: stroke.media.width, height: stroke.media.height };
      createMask(
        context.doc,
        { id: maskId, labelId: stroke.labelId, ...size },
        author,
        LOCAL_ORIGIN,
      );
    }
    addMaskOperation(context.doc, maskId, valid.data, LOCAL_ORIGIN);
  }, LOCAL_ORIGIN);
  return ok(maskId);
}
