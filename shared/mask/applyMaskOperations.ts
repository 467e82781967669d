import type { Result } from '../schema/result.ts';
import { decodeCountsString } from './countsString.ts';
import type { MaskBitmap } from './MaskBitmap.ts';
import { createMaskBitmap } from './MaskBitmap.ts';
import type { MaskOperation } from './maskOperation.ts';
import { maskOperationSchema } from './maskOperation.ts';
import { checkMaskRuns, paintMaskRuns } from './maskRuns.ts';
import { rasterizePolygon } from './rasterizePolygon.ts';
import { rasterizeStroke } from './rasterizeStroke.ts';

/** An operation left out of a mask, with its position in the list and why. */
export interface SkippedOperation {
  index: number;
  reason: string;
}

/** Applies one valid operation; a region whose runs do not fit the mask is refused. */
export function applyMaskOperation(mask: MaskBitmap, operation: MaskOperation): Result<void> {
  const value = operation.mode === 'paint' ? 1 : 0;
  if (operation.kind === 'stroke') {
    rasterizeStroke(mask, operation.points, operation.radius, value);
  } else if (operation.kind === 'polygon') {
    rasterizePolygon(mask, operation.points, value);
  } else {
    const runs = decodeCountsString(operation.runs);
    if (!runs.ok) return runs;
    const fits = checkMaskRuns(runs.value, mask.pixels.length);
    if (!fits.ok) return fits;
    paintMaskRuns(mask, runs.value, value);
  }
  return { ok: true, value: undefined };
}

/**
 * The mask of one frame: the list's operations for that frame applied in list order to an empty
 * mask. Entries that are not valid operations are skipped and listed, never thrown.
 */
export function applyMaskOperations(
  operations: readonly unknown[],
  frame: number,
  width: number,
  height: number,
): Result<{ mask: MaskBitmap; skipped: SkippedOperation[] }> {
  const created = createMaskBitmap(width, height);
  if (!created.ok) return created;
  const mask = created.value;
  const skipped: SkippedOperation[] = [];
  operations.forEach((entry, index) => {
    const parsed = maskOperationSchema.safeParse(entry);
    if (!parsed.success) {
      skipped.push({
        index,
        reason: `operation ${index + 1} is malformed: ${parsed.error.issues[0]?.message}`,
      });
      return;
    }
    if (parsed.data.frame !== frame) return;
    const applied = applyMaskOperation(mask, parsed.data);
    if (!applied.ok) skipped.push({ index, reason: `operation ${index + 1}: ${applied.error}` });
  });
  return { ok: true, value: { mask, skipped } };
}
