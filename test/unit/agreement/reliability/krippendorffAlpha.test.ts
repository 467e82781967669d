import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../../shared/agreement/reliability/krippendorffAlpha.ts';
import type { AlphaMetric } from '../../../../shared/agreement/reliability/AlphaMetric.ts';
import type { ReliabilityValue } from '../../../../shared/agreement/reliability/ReliabilityValue.ts';

const _ = null;

/** The papers print coders as rows; alpha takes units as rows. */
function unitsOf(coders: readonly (readonly (ReliabilityValue | null)[])[]) {
  const unitCount = Math.max(...coders.map((coder) => coder.length));
  return Array.from({ length: unitCount }, (__, unit) =>
    coders.map((coder) => coder[unit] ?? null),
  );
}

function alphaOf(coders: readonly (readonly (ReliabilityValue | null)[])[], metric: AlphaMetric) {
  const result = krippendorffAlpha(unitsOf(coders), metric);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

// Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
// Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43), section C:
// observers A–D, 12 units, missing values. Published: nominal α = 0.743, ordinal α = 0.815,
// interval α = 0.849, ratio α = 0.797, from n = 40 pairable values.
const fourCodersTwelveUnits = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

describe("Krippendorff's alpha on Krippendorff's (2011) worked examples", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)(
    'gives the published %s alpha for four coders, twelve units and missing values',
    (metric, published) => {
      const result = alphaOf(fourCodersTwelveUnits, metric);
      expect(result.alpha).toBeCloseTo(published, 3);
      expect(result.pairableValueCount).toBe(40);
      // Unit 12 has one value (coder B's 3) and is left out.
      expect(result.pairableUnitCount).toBe(11);
      expect(result.alpha).toBeCloseTo(
        1 - result.observedDisagreement / result.expectedDisagreement,
        12,
      );
    },
  );

  it('builds the nominal coincidences of the four-coder example, with a row per value', () => {
    const result = alphaOf(fourCodersTwelveUnits, 'nominal');
    expect(result.values).toEqual([1, 2, 3, 4, 5]);
    // Hand count of 1–1 pairs: unit 1 has 6 over m_u − 1 = 2, unit 8 6 over 3, unit 11 2 over 1.
    expect(result.coincidences[0]?.[0]).toBeCloseTo(7, 12);
    expect(result.coincidences[4]?.[4]).toBeCloseTo(3, 12);
    expect(result.coincidences.flat().reduce((sum, count) => sum + count, 0)).toBeCloseTo(40, 12);
  });

  // Krippendorff (2011), section A: binary data, two observers, ten units, no missing values.
  // Published: α = 0.095.
  it('gives the published 0.095 for the binary two-coder example', () => {
    const result = alphaOf(
      [
        [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
        [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
      ],
      'nominal',
    );
    expect(result.alpha).toBeCloseTo(0.095, 3);
    expect(result.coincidences).toEqual([
      [10, 4],
      [4, 2],
    ]);
    expect(result.pairableValueCount).toBe(20);
  });

  // Krippendorff (2011), section B: nominal data, two observers, twelve units, no missing values.
  // Published: α = 0.692.
  it('gives the published 0.692 for the nominal two-coder example with letter categories', () => {
    const result = alphaOf(
      [
        ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd', 'd', 'a'],
        ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd', 'd', 'd'],
      ],
      'nominal',
    );
    expect(result.alpha).toBeCloseTo(0.692, 3);
    expect(result.values).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe("Krippendorff's alpha on data it cannot measure", () => {
  it('says there is nothing to compare when no unit has two values', () => {
    const result = krippendorffAlpha(
      [
        [1, _, _],
        [_, 2, _],
        [_, _, _],
      ],
      'nominal',
    );
    expect(result).toEqual({
      ok: false,
      error: 'no unit has values from two or more coders, so alpha has nothing to compare',
    });
    expect(krippendorffAlpha([], 'interval').ok).toBe(false);
  });

  it('says alpha is undefined, rather than NaN, when every pairable value is the same', () => {
    const result = krippendorffAlpha(
      [
        ['yes', 'yes'],
        ['yes', 'yes', _],
        ['no', _],
      ],
      'nominal',
    );
    expect(result).toEqual({
      ok: false,
      error:
        'alpha is undefined: every pairable value is "yes", so no disagreement is expected by chance',
    });
  });

  it('names the first unit and coder whose value an ordinal, interval or ratio metric cannot use', () => {
    const data = [
      [1, 2, 3],
      [2, _, 'high'],
      ['low', 2, 2],
    ];
    for (const metric of ['ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha(data, metric)).toEqual({
        ok: false,
        error: `unit 2, coder 3: "high" is not a number, and the ${metric} metric needs numbers (use the nominal metric for categories)`,
      });
    }
    expect(krippendorffAlpha(data, 'nominal').ok).toBe(true);
  });

  it('rejects negative values on a ratio scale and numbers that are not values', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2],
          [3, -1],
        ],
        'ratio',
      ),
    ).toEqual({
      ok: false,
      error:
        'unit 2, coder 2: -1 is negative, and the ratio metric needs values measured from an absolute zero',
    });
    expect(krippendorffAlpha([[1, Number.NaN]], 'nominal')).toEqual({
      ok: false,
      error: 'unit 1, coder 2: NaN is not a value; use null for a missing one',
    });
  });

  it('names the metrics it knows when given another', () => {
    const result = krippendorffAlpha([[1, 2]], 'circular' as AlphaMetric);
    expect(result).toEqual({
      ok: false,
      error: '"circular" is not a metric; use one of nominal, ordinal, interval, ratio',
    });
  });
});
