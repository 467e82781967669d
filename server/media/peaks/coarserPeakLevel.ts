/** Merges every `factor` buckets (min, max pairs) into one: the lowest min and the highest max. */
export function coarserPeakLevel(buckets: Int8Array, factor: number): Int8Array {
  const bucketCount = buckets.length / 2;
  const coarseCount = Math.ceil(bucketCount / factor);
  const coarse = new Int8Array(2 * coarseCount);
  for (let target = 0; target < coarseCount; target += 1) {
    const first = target * factor;
    const last = Math.min(bucketCount, first + factor);
    let low = buckets[2 * first]!;
    let high = buckets[2 * first + 1]!;
    for (let source = first + 1; source < last; source += 1) {
      low = Math.min(low, buckets[2 * source]!);
      high = Math.max(high, buckets[2 * source + 1]!);
    }
    coarse[2 * target] = low;
    coarse[2 * target + 1] = high;
  }
  return coarse;
}
