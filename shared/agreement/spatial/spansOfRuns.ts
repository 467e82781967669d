/**
 * Set pixels as sorted, disjoint half-open ranges of pixel indices in row order, flat:
 * [start, end, start, end, …]; ranges that touch are merged.
 */
export type PixelSpans = readonly number[];

/** The set pixels of row-order runs (maskRuns.ts) as spans, without decoding to pixels. */
export function spansOfRuns(runs: ArrayLike<number>): number[] {
  const spans: number[] = [];
  let position = 0;
  for (let index = 0; index < runs.length; index += 1) {
    const length = runs[index] as number;
    if (index & 1 && length > 0) {
      // A zero-length unset run between two set runs leaves them touching.
      if (spans.length > 0 && spans[spans.length - 1] === position) {
        spans[spans.length - 1] = position + length;
      } else {
        spans.push(position, position + length);
      }
    }
    position += length;
  }
  return spans;
}
