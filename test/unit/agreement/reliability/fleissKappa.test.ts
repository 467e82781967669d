import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleissCountsOf } from '../../../../shared/agreement/reliability/fleissCountsOf.ts';
import { fleissKappa } from '../../../../shared/agreement/reliability/fleissKappa.ts';

// Wikipedia, "Fleiss' kappa", section "Worked example" (formulas from Fleiss, J. L. (1971),
// "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5)): 14 raters
// put 10 subjects into 5 categories. Published: p_j = 0.143, 0.200, 0.279, 0.150, 0.229;
// P_i = 1.000, 0.253, 0.308, 0.440, 0.330, 0.462, 0.242, 0.176, 0.286, 0.286; P̄ = 0.378,
// P̄e = 0.213, κ = 0.210.
const fourteenRaters = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

function roundedTo3(values: readonly number[]) {
  return values.map((value) => Math.round(value * 1000) / 1000);
}

describe("Fleiss' kappa", () => {
  it('reproduces the published worked example of ten subjects and fourteen raters', () => {
    const result = fleissKappa(fourteenRaters);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kappa).toBeCloseTo(0.21, 3);
    expect(result.value.meanAgreement).toBeCloseTo(0.378, 3);
    expect(result.value.expectedAgreement).toBeCloseTo(0.213, 3);
    expect(roundedTo3(result.value.categoryProportions)).toEqual([0.143, 0.2, 0.279, 0.15, 0.229]);
    expect(roundedTo3(result.value.itemAgreements)).toEqual([
      1, 0.253, 0.308, 0.44, 0.33, 0.462, 0.242, 0.176, 0.286, 0.286,
    ]);
    expect(result.value.raterCount).toBe(14);
    expect(result.value.itemCount).toBe(10);
  });

  it('gives the same kappa from the raw ratings of each subject', () => {
    const labels = ['one', 'two', 'three', 'four', 'five'];
    const ratings = fourteenRaters.map((row) =>
      row.flatMap((count, category) => Array<string>(count).fill(labels[category] as string)),
    );
    const counts = fleissCountsOf(ratings);
    expect(counts.ok && counts.value.categories).toEqual(['five', 'four', 'one', 'three', 'two']);
    const result = counts.ok ? fleissKappa(counts.value.counts) : counts;
    expect(result.ok && result.value.kappa).toBe(
      (fleissKappa(fourteenRaters) as { value: { kappa: number } }).value.kappa,
    );
  });

  it('skips missing ratings when counting, and then asks for equal numbers of raters', () => {
    const counts = fleissCountsOf([
      ['a', 'b', null],
      ['a', 'a', 'b'],
    ]);
    expect(counts).toEqual({
      ok: true,
      value: {
        categories: ['a', 'b'],
        counts: [
          [1, 1],
          [2, 1],
        ],
      },
    });
    expect(counts.ok && fleissKappa(counts.value.counts)).toEqual({
      ok: false,
      error:
        "item 2 has 3 ratings and item 1 has 2; Fleiss' kappa needs the same number for every item (Krippendorff's alpha allows missing ones)",
    });
  });

  it('is 1 when every item gets one category from all its raters', () => {
    const result = fleissKappa([
      [3, 0, 0],
      [0, 3, 0],
      [0, 0, 3],
      [3, 0, 0],
    ]);
    expect(result.ok && result.value.kappa).toBe(1);
  });

  it('gives bit-identical results when items and categories are shuffled', () => {
    const countsWithOrders = fc
      .record({
        itemCount: fc.integer({ min: 1, max: 15 }),
        categoryCount: fc.integer({ min: 2, max: 6 }),
      })
      .chain(({ itemCount, categoryCount }) =>
        fc.tuple(
          fc.array(
            fc.array(fc.nat(4), { minLength: categoryCount - 1, maxLength: categoryCount - 1 }),
            {
              minLength: itemCount,
              maxLength: itemCount,
            },
          ),
          fc.shuffledSubarray([...Array(itemCount).keys()], { minLength: itemCount }),
          fc.shuffledSubarray([...Array(categoryCount).keys()], { minLength: categoryCount }),
        ),
      )
      .map(([partial, itemOrder, categoryOrder]) => {
        // The last category takes the remainder, so every item has 12 ratings.
        const counts = partial.map((row) => {
          const capped = row.map((count) => Math.min(count, Math.floor(12 / row.length)));
          return [...capped, 12 - capped.reduce((sum, count) => sum + count, 0)];
        });
        const shuffled = itemOrder.map((item) =>
          categoryOrder.map((category) => (counts[item] as number[])[category] as number),
        );
        return { counts, shuffled, categoryOrder };
      });
    fc.assert(
      fc.property(countsWithOrders, ({ counts, shuffled, categoryOrder }) => {
        const original = fleissKappa(counts);
        const reordered = fleissKappa(shuffled);
        expect(reordered.ok).toBe(original.ok);
        if (!original.ok || !reordered.ok) return;
        expect(reordered.value.kappa).toBe(original.value.kappa);
        expect(reordered.value.meanAgreement).toBe(original.value.meanAgreement);
        expect(reordered.value.expectedAgreement).toBe(original.value.expectedAgreement);
        expect(reordered.value.categoryProportions).toEqual(
          categoryOrder.map((category) => original.value.categoryProportions[category]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('says why it cannot be computed', () => {
    expect(fleissKappa([])).toEqual({ ok: false, error: 'there are no items to compare' });
    expect(
      fleissKappa([
        [2, 1],
        [1, 1, 1],
      ]),
    ).toEqual({
      ok: false,
      error: 'item 2 has 3 categories and item 1 has 2; give every item a count for every category',
    });
    expect(
      fleissKappa([
        [2, 1],
        [1.5, 1.5],
      ]),
    ).toEqual({
      ok: false,
      error: 'item 2, category 1: 1.5 is not a count of raters',
    });
    expect(
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    ).toEqual({
      ok: false,
      error: 'each item has 1 rating; kappa needs at least two',
    });
    expect(
      fleissKappa([
        [0, 4],
        [0, 4],
      ]),
    ).toEqual({
      ok: false,
      error:
        'kappa is undefined: every rating is in one category, so agreement by chance is certain',
    });
    expect(fleissCountsOf([['a', Number.NaN]])).toEqual({
      ok: false,
      error: 'item 1, rater 2: NaN is not a rating; use null for a missing one',
    });
  });
});
