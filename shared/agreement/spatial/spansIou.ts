import type { PixelSpans } from './spansOfRuns.ts';

function areaOf(spans: PixelSpans): number {
  let area = 0;
  for (let index = 0; index < spans.length; index += 2) {
    area += (spans[index + 1] as number) - (spans[index] as number);
  }
  return area;
}

/**
 * Intersection over union of two pixel sets given as spans, counted in whole pixels by walking both
 * lists once; two empty sets give 0.
 */
export function spansIou(left: PixelSpans, right: PixelSpans): number {
  let intersection = 0;
  let [leftIndex, rightIndex] = [0, 0];
  while (leftIndex < left.length && rightIndex < right.length) {
    const leftEnd = left[leftIndex + 1] as number;
    const rightEnd = right[rightIndex + 1] as number;
    const start = Math.max(left[leftIndex] as number, right[rightIndex] as number);
    const end = Math.min(leftEnd, rightEnd);
    if (end > start) intersection += end - start;
    if (leftEnd <= rightEnd) leftIndex += 2;
    else rightIndex += 2;
  }
  const union = areaOf(left) + areaOf(right) - intersection;
  return union === 0 ? 0 : intersection / union;
}
