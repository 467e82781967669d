import fc from 'fast-check';
import { encodeCountsString } from '../../shared/mask/countsString.ts';

/**
 * A region as an author's client computes it (flood fill, magic wand): row-order runs covering
 * exactly `pixelCount` pixels, as the counts text a region operation stores.
 */
export function regionRunsArbitrary(
  pixelCount: number,
  { maxRun, maxRuns }: { maxRun: number; maxRuns: number },
): fc.Arbitrary<string> {
  return fc
    .array(fc.integer({ min: 1, max: maxRun }), { minLength: 1, maxLength: maxRuns })
    .map((lengths) => {
      const runs: number[] = [];
      let left = pixelCount;
      for (const length of lengths) {
        if (left === 0) break;
        runs.push(Math.min(length, left));
        left -= runs.at(-1) as number;
      }
      if (left > 0) runs.push(left);
      return encodeCountsString(runs);
    });
}
