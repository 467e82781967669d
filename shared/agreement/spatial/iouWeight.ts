/** IoU is weighed in whole units of 2^-24 for the assignment, so totals are exact integer sums. */
export const IOU_WEIGHT_SCALE = 2 ** 24;

/**
 * The whole-number weight of an IoU > 0 in the assignment (at least 1); IoUs closer than 2^-24
 * weigh the same and fall to the tie-break by id.
 */
export function iouWeight(iou: number): number {
  return Math.max(1, Math.round(iou * IOU_WEIGHT_SCALE));
}
