import { describe, expect, it } from 'vitest';
import { cohensKappa } from '../../../../shared/agreement/reliability/cohensKappa.ts';
import { krippendorffAlpha } from '../../../../shared/agreement/reliability/krippendorffAlpha.ts';

/** Expands a 2×2 table of (first rater, second rater) counts into two paired lists of ratings. */
function ratingsOf(table: Record<'yesYes' | 'yesNo' | 'noYes' | 'noNo', number>) {
  const pairs = [
    ...Array<[string, string]>(table.yesYes).fill(['yes', 'yes']),
    ...Array<[string, string]>(table.yesNo).fill(['yes', 'no']),
    ...Array<[string, string]>(table.noYes).fill(['no', 'yes']),
    ...Array<[string, string]>(table.noNo).fill(['no', 'no']),
  ];
  return { first: pairs.map(([rating]) => rating), second: pairs.map(([, rating]) => rating) };
}

// "Statistics - Cohen's Kappa Coefficient" (Tutorialspoint, mirrored at
// howcodex.com/statistics/cohen_kappa_coefficient.htm), the example also in Wikipedia's "Cohen's
// kappa": 50 grant proposals, readers A and B. Yes/Yes 20, A yes B no 5, A no B yes 10, No/No 15.
// Published: p_o = 0.70, p_e = 0.50, κ = 0.4.
const grantProposals = ratingsOf({ yesYes: 20, yesNo: 5, noYes: 10, noNo: 15 });

describe("Cohen's kappa", () => {
  it('gives the published 0.4 for fifty grant proposals read by two readers', () => {
    const result = cohensKappa(grantProposals.first, grantProposals.second);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kappa).toBeCloseTo(0.4, 12);
    expect(result.value.observedAgreement).toBeCloseTo(0.7, 12);
    expect(result.value.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(result.value.categories).toEqual(['no', 'yes']);
    // Rows are the first reader (A), columns the second (B).
    expect(result.value.counts).toEqual([
      [15, 10],
      [5, 20],
    ]);
    expect(result.value.pairCount).toBe(50);
    expect(result.value.missingPairCount).toBe(0);
  });

  // "Learn Cohen's Kappa Index" (easycalculation.com/statistics/learn-cohens-kappa-index.php): 20
  // patients, doctors A and B. Both yes 12, A yes B no 4, A no B yes 2, both no 2.
  // Published: Pr(a) = 0.7, Pr(e) = 0.62, κ = 0.21.
  it('gives the published 0.21 for twenty patients examined by two doctors', () => {
    const patients = ratingsOf({ yesYes: 12, yesNo: 4, noYes: 2, noNo: 2 });
    const result = cohensKappa(patients.first, patients.second);
    expect(result.ok && result.value.kappa).toBeCloseTo(0.21, 2);
    expect(result.ok && result.value.observedAgreement).toBeCloseTo(0.7, 12);
    expect(result.ok && result.value.expectedAgreement).toBeCloseTo(0.62, 12);
  });

  it('leaves out and counts the items either rater skipped', () => {
    const first = [...grantProposals.first, null, 'yes', null];
    const second = [...grantProposals.second, 'no', null, null];
    const result = cohensKappa(first, second);
    expect(result.ok && result.value.kappa).toBe(0.4);
    expect(result.ok && result.value.pairCount).toBe(50);
    expect(result.ok && result.value.missingPairCount).toBe(3);
  });

  it('is 1 when the raters agree on every item', () => {
    const ratings = ['cat', 'dog', 'dog', 'bird', 'cat'];
    const result = cohensKappa(ratings, ratings);
    expect(result.ok && result.value.kappa).toBe(1);
  });

  it('comes close to nominal alpha on the same data without being the same coefficient', () => {
    const kappa = cohensKappa(grantProposals.first, grantProposals.second);
    const alpha = krippendorffAlpha(
      grantProposals.first.map((rating, item) => [rating, grantProposals.second[item] as string]),
      'nominal',
    );
    if (!kappa.ok || !alpha.ok) throw new Error('both coefficients are defined here');
    // Kappa takes chance from each reader's own frequencies, alpha from the pooled ones.
    expect(Math.abs(kappa.value.kappa - alpha.value.alpha)).toBeLessThan(0.01);
  });

  it('says why it cannot be computed', () => {
    expect(cohensKappa(['a', 'b'], ['a'])).toEqual({
      ok: false,
      error:
        'the first rater has 2 ratings and the second 1; give one per item to each, null where missing',
    });
    expect(cohensKappa(['a', null], [null, 'b'])).toEqual({
      ok: false,
      error: 'no item was rated by both raters',
    });
    expect(cohensKappa(['a', 'a', null], ['a', 'a', 'b'])).toEqual({
      ok: false,
      error:
        'kappa is undefined: both raters put every item in "a", so agreement by chance is certain',
    });
    expect(cohensKappa([1, Number.POSITIVE_INFINITY], [1, 2])).toEqual({
      ok: false,
      error: 'item 2: Infinity is not a rating; use null for a missing one',
    });
  });
});
