import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHA_METRICS } from '../../../../shared/agreement/reliability/AlphaMetric.ts';
import { krippendorffAlpha } from '../../../../shared/agreement/reliability/krippendorffAlpha.ts';

type Matrix = (number | null)[][];

/** Units × coders of small non-negative numbers, with fractions to exercise rounding, and gaps. */
const reliabilityMatrix = fc
  .record({
    unitCount: fc.integer({ min: 1, max: 25 }),
    coderCount: fc.integer({ min: 2, max: 6 }),
  })
  .chain(({ unitCount, coderCount }) =>
    fc.array(
      fc.array(fc.option(fc.constantFrom(0, 1, 2, 2.5, 3, 7.25, 10), { freq: 4 }), {
        minLength: coderCount,
        maxLength: coderCount,
      }),
      { minLength: unitCount, maxLength: unitCount },
    ),
  );

/** A matrix with its units and its coders each put in a random order. */
const shuffledMatrix = reliabilityMatrix.chain((matrix) => {
  const unitOrder = [...matrix.keys()];
  const coderOrder = [...(matrix[0] as (number | null)[]).keys()];
  return fc
    .tuple(
      fc.shuffledSubarray(unitOrder, { minLength: unitOrder.length }),
      fc.shuffledSubarray(coderOrder, { minLength: coderOrder.length }),
    )
    .map(([units, coders]) => ({
      matrix,
      shuffled: units.map((unit) =>
        coders.map((coder) => (matrix[unit] as (number | null)[])[coder] as number | null),
      ),
    }));
});

describe("Krippendorff's alpha as a function of the data alone", () => {
  it('is exactly 1 when the coders of every unit agree, whatever the metric and the gaps', () => {
    const agreeingMatrix = fc.array(
      fc
        .tuple(
          fc.constantFrom(0, 1, 4, 9.5),
          fc.array(fc.boolean(), { minLength: 2, maxLength: 5 }),
        )
        .map(([value, present]) => present.map((given) => (given ? value : null))),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(agreeingMatrix, (units: Matrix) => {
        const data = [[0, 0], [1, 1], ...units];
        for (const metric of ALPHA_METRICS) {
          const result = krippendorffAlpha(data, metric);
          expect(result.ok && result.value.alpha).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives bit-identical results when units and coders are shuffled', () => {
    fc.assert(
      fc.property(shuffledMatrix, ({ matrix, shuffled }) => {
        for (const metric of ALPHA_METRICS) {
          expect(krippendorffAlpha(shuffled, metric)).toEqual(krippendorffAlpha(matrix, metric));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result on every run over the same data', () => {
    fc.assert(
      fc.property(reliabilityMatrix, (matrix) => {
        for (const metric of ALPHA_METRICS) {
          expect(krippendorffAlpha(matrix, metric)).toEqual(krippendorffAlpha(matrix, metric));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('treats nominal values as names: renaming every category leaves alpha unchanged', () => {
    fc.assert(
      fc.property(reliabilityMatrix, (matrix) => {
        const renamed = matrix.map((unit) =>
          unit.map((value) => (value === null ? null : `category ${10 - value}`)),
        );
        const original = krippendorffAlpha(matrix, 'nominal');
        const relabelled = krippendorffAlpha(renamed, 'nominal');
        expect(relabelled.ok).toBe(original.ok);
        if (original.ok && relabelled.ok) {
          expect(relabelled.value.alpha).toBeCloseTo(original.value.alpha, 12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('ignores units with fewer than two values', () => {
    fc.assert(
      fc.property(reliabilityMatrix, fc.constantFrom(0, 3, 10), (matrix, lone) => {
        const padded = [...matrix, [lone, null], [null, null, null]];
        for (const metric of ALPHA_METRICS) {
          expect(krippendorffAlpha(padded, metric)).toEqual(krippendorffAlpha(matrix, metric));
        }
      }),
      { numRuns: 100 },
    );
  });
});
