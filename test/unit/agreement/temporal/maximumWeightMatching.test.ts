import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximumWeightMatching } from '../../../../shared/agreement/temporal/maximumWeightMatching.ts';

/** The best total by trying every matching: each row takes a free column with weight, or none. */
function bruteForceBest(
  weights: readonly (readonly bigint[])[],
  row = 0,
  used = new Set<number>(),
): bigint {
  if (row === weights.length) return 0n;
  let best = bruteForceBest(weights, row + 1, used);
  (weights[row] ?? []).forEach((weight, column) => {
    if (weight === 0n || used.has(column)) return;
    used.add(column);
    const total = weight + bruteForceBest(weights, row + 1, used);
    used.delete(column);
    if (total > best) best = total;
  });
  return best;
}

const matrices = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))
  .chain(([rows, columns]) =>
    fc.array(
      fc.array(fc.bigInt({ min: 0n, max: 9n }), { minLength: columns, maxLength: columns }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
  );

describe('maximum-weight matching', () => {
  it('reaches the best total of every possible matching, one-to-one, never on a zero weight', () => {
    fc.assert(
      fc.property(matrices, (weights) => {
        const columnOfRow = maximumWeightMatching(weights);
        expect(columnOfRow).toHaveLength(weights.length);
        const columns = columnOfRow.filter((column) => column !== null);
        expect(new Set(columns).size).toBe(columns.length);
        const total = columnOfRow.reduce<bigint>((sum, column, row) => {
          if (column === null) return sum;
          const weight = weights[row]?.[column] ?? 0n;
          expect(weight).toBeGreaterThan(0n);
          return sum + weight;
        }, 0n);
        expect(total).toBe(bruteForceBest(weights));
      }),
      { numRuns: 600 },
    );
  });

  it('leaves a row unmatched when all its weights are zero', () => {
    expect(
      maximumWeightMatching([
        [0n, 0n],
        [3n, 1n],
      ]),
    ).toEqual([null, 0]);
  });
});
