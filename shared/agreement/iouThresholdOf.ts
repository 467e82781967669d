import type { Label } from '../schema/labelSchema.ts';

/** The IoU two shapes need to be matched when their label sets no threshold of its own. */
export const DEFAULT_IOU_THRESHOLD = 0.5;

/** The IoU threshold for matching shapes of a label (its own, or the default). */
export function iouThresholdOf(labels: ReadonlyMap<string, Label>, labelId: string | null): number {
  const label = labelId === null ? undefined : labels.get(labelId);
  return label?.iouThreshold ?? DEFAULT_IOU_THRESHOLD;
}
