import { encodeCountsString } from './countsString.ts';
import type { MaskBitmap } from './MaskBitmap.ts';
import type { MaskOperation } from './maskOperation.ts';
import { encodeMaskRuns } from './maskRuns.ts';

/**
 * The one region operation that stands for a prefix of a frame's operations: the mask they
 * produce, painted onto an empty mask. Paint and erase set pixels rather than toggle them, so the
 * prefix's result followed by the rest of the list gives the same pixels as the whole list.
 */
export function compactedRegion(
  prefixResult: MaskBitmap,
  frame: number,
  stamp: { by: string; atMs: number },
): MaskOperation {
  return {
    kind: 'region',
    mode: 'paint',
    frame,
    by: stamp.by,
    atMs: stamp.atMs,
    runs: encodeCountsString(encodeMaskRuns(prefixResult)),
  };
}
