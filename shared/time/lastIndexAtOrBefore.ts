/** The index of the last entry whose `frame` is ≤ `frame` in a list sorted by frame, or -1 when there is none. */
export function lastIndexAtOrBefore(sorted: readonly { frame: number }[], frame: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.frame ?? Infinity) <= frame) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
