/** A run of frames, both ends included; `last` may be Infinity (to the end of whatever is compared). */
export type FrameSpan = readonly [first: number, last: number];

/** The spans sorted and merged where they overlap or touch. */
export function mergeSpans(spans: readonly FrameSpan[]): FrameSpan[] {
  const sorted = [...spans].sort((left, right) => left[0] - right[0]);
  const merged: [number, number][] = [];
  for (const [first, last] of sorted) {
    const previous = merged.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}
