import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohensKappa } from '../../../../shared/agreement/reliability/cohensKappa.ts';
import { fleissCountsOf } from '../../../../shared/agreement/reliability/fleissCountsOf.ts';
import { fleissKappa } from '../../../../shared/agreement/reliability/fleissKappa.ts';
import { krippendorffAlpha } from '../../../../shared/agreement/reliability/krippendorffAlpha.ts';
import { scottsPi } from '../../../../shared/agreement/reliability/scottsPi.ts';

/** Two raters rating the same items, nothing missing, from a few categories. */
const twoRaters = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('a', 'b', 'c', 'd')), {
    minLength: 1,
    maxLength: 60,
  })
  .map((pairs) => ({
    first: pairs.map(([rating]) => rating),
    second: pairs.map(([, rating]) => rating),
  }));

describe("Scott's pi", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": for two coders and no
  // missing data, nominal alpha is Scott's pi corrected for sample size: with n = 2N values,
  // α = 1 − (1 − π)(n − 1)/n.
  it('relates to nominal alpha for two coders and no missing data', () => {
    fc.assert(
      fc.property(twoRaters, ({ first, second }) => {
        const pi = scottsPi(first, second);
        const alpha = krippendorffAlpha(
          first.map((rating, item) => [rating, second[item] as string]),
          'nominal',
        );
        expect(alpha.ok).toBe(pi.ok);
        if (!pi.ok || !alpha.ok) return;
        const valueCount = 2 * pi.value.pairCount;
        expect(alpha.value.alpha).toBeCloseTo(
          1 - ((1 - pi.value.pi) * (valueCount - 1)) / valueCount,
          12,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("equals Fleiss' kappa for two raters, bit for bit", () => {
    fc.assert(
      fc.property(twoRaters, ({ first, second }) => {
        const pi = scottsPi(first, second);
        const counts = fleissCountsOf(
          first.map((rating, item) => [rating, second[item] as string]),
        );
        const kappa = counts.ok ? fleissKappa(counts.value.counts) : counts;
        expect(kappa.ok).toBe(pi.ok);
        if (pi.ok && kappa.ok) expect(kappa.value.kappa).toBe(pi.value.pi);
      }),
      { numRuns: 300 },
    );
  });

  it("never exceeds Cohen's kappa, whose chance agreement is never larger", () => {
    fc.assert(
      fc.property(twoRaters, ({ first, second }) => {
        const pi = scottsPi(first, second);
        const kappa = cohensKappa(first, second);
        if (pi.ok && kappa.ok) expect(pi.value.pi).toBeLessThanOrEqual(kappa.value.kappa + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('gives 0.39 on the fifty grant proposals, where Cohen gives 0.4', () => {
    // Pooled "yes" share (25 + 30) / 100 = 0.55, so p_e = 0.55² + 0.45² = 0.505 and
    // π = (0.7 − 0.505) / (1 − 0.505) = 0.3939….
    const first = [...Array(25).fill('yes'), ...Array(25).fill('no')];
    const second = [
      ...Array(20).fill('yes'),
      ...Array(5).fill('no'),
      ...Array(10).fill('yes'),
      ...Array(15).fill('no'),
    ];
    const result = scottsPi(first, second);
    expect(result.ok && result.value.pi).toBeCloseTo(0.195 / 0.495, 12);
    expect(result.ok && result.value.expectedAgreement).toBeCloseTo(0.505, 12);
  });
});
