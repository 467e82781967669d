/** Something with a weight over a stretch of media time. */
export interface WeightedRange {
  startMs: number;
  endMs: number;
  weight: number;
}

/**
 * The weight over `binCount` equal bins from `fromMs` to `toMs`: each range [startMs, endMs) adds
 * its weight to every bin it overlaps; an empty range counts in the bin it falls in.
 */
export function heatBins(
  ranges: readonly WeightedRange[],
  fromMs: number,
  toMs: number,
  binCount: number,
): number[] {
  const bins = new Array<number>(Math.max(0, Math.floor(binCount))).fill(0);
  const binMs = (toMs - fromMs) / bins.length;
  if (bins.length === 0 || !(binMs > 0)) return bins;
  const lastBin = bins.length - 1;
  for (const range of ranges) {
    if (range.endMs < fromMs || range.startMs > toMs) continue;
    const first = Math.min(lastBin, Math.max(0, Math.floor((range.startMs - fromMs) / binMs)));
    const reach = Math.ceil((range.endMs - fromMs) / binMs) - 1;
    const last = range.endMs > range.startMs ? Math.min(lastBin, Math.max(first, reach)) : first;
    for (let index = first; index <= last; index += 1) {
      bins[index] = (bins[index] as number) + range.weight;
    }
  }
  return bins;
}
