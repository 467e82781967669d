import type { Box } from '../../shared/schema/box.ts';
import type { Result } from '../../shared/schema/result.ts';
import { fail, ok } from '../../shared/schema/result.ts';

/** A box worth storing: finite, with positive width and height; coordinates kept to 1/100 px. */
export function checkBox(box: Box): Result<Box> {
  const values = [box.x, box.y, box.w, box.h];
  if (!values.every(Number.isFinite)) {
    return fail(`box ${JSON.stringify(box)} has a coordinate that is not a finite number`);
  }
  if (box.w <= 0 || box.h <= 0) {
    return fail(`box ${box.w}×${box.h} px is empty: width and height must be above 0`);
  }
  const round = (value: number) => Math.round(value * 100) / 100;
  return ok({ x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) });
}
