import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WeightedPair } from '../../shared/agreement/spatial/AssignmentGraph.ts';
import type { IndexPair } from '../../shared/agreement/spatial/solveAssignment.ts';
import { solveAssignment } from '../../shared/agreement/spatial/solveAssignment.ts';
import { solveAssignmentByGroups } from '../../shared/agreement/spatial/solveAssignmentByGroups.ts';

type Matrix = number[][];

function pairsOf(weights: Matrix): WeightedPair[] {
  return weights.flatMap((row, left) =>
    row.flatMap((weight, right) => (weight > 0 ? [{ left, right, weight }] : [])),
  );
}

/** -1, 0 or 1 as the first list of pairs comes before, equals or follows the second. */
function compareLists(first: readonly IndexPair[], second: readonly IndexPair[]): number {
  for (let index = 0; index < Math.min(first.length, second.length); index += 1) {
    const [a, b] = [first[index] as IndexPair, second[index] as IndexPair];
    if (a.left !== b.left) return a.left < b.left ? -1 : 1;
    if (a.right !== b.right) return a.right < b.right ? -1 : 1;
  }
  return Math.sign(first.length - second.length);
}

/** Every matching, tried one by one: the largest total, then the smallest sorted pair list. */
function bruteForce(weights: Matrix, columnCount: number): { total: number; pairs: IndexPair[] } {
  let best = { total: -1, pairs: [] as IndexPair[] };
  const taken = new Array<boolean>(columnCount).fill(false);
  const chosen: IndexPair[] = [];
  const visit = (left: number, total: number) => {
    if (left === weights.length) {
      if (total > best.total || (total === best.total && compareLists(chosen, best.pairs) < 0)) {
        best = { total, pairs: [...chosen] };
      }
      return;
    }
    visit(left + 1, total);
    (weights[left] as number[]).forEach((weight, right) => {
      if (weight <= 0 || taken[right]) return;
      taken[right] = true;
      chosen.push({ left, right });
      visit(left + 1, total + weight);
      chosen.pop();
      taken[right] = false;
    });
  };
  visit(0, 0);
  return best;
}

function totalOf(weights: Matrix, pairs: readonly IndexPair[]): number {
  return pairs.reduce((sum, { left, right }) => sum + (weights[left]?.[right] as number), 0);
}

/** Few distinct weights, so equal totals are common; 0 means "may not match". */
const WEIGHT_SETS: number[][] = [
  [0, 1],
  [0, 0, 1, 2, 3],
  [0, 5, 7, 12],
  [0, 1, 1_000_000, 16_777_216],
];

/** Matrices up to 6 × 7. */
const matrix = fc
  .record({
    rows: fc.integer({ min: 0, max: 6 }),
    columns: fc.integer({ min: 0, max: 7 }),
    weights: fc.constantFrom(...WEIGHT_SETS),
  })
  .chain(({ rows, columns, weights }) =>
    fc
      .array(fc.array(fc.constantFrom(...weights), { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      })
      .map((cells) => ({ cells, columns })),
  );

describe('optimal one-to-one assignment, against every matching tried by brute force', () => {
  it('finds the largest total and, among equal totals, the smallest sorted pair list', () => {
    fc.assert(
      fc.property(matrix, ({ cells, columns }) => {
        const expected = bruteForce(cells, columns);
        const solved = solveAssignment(cells.length, columns, pairsOf(cells));
        expect(totalOf(cells, solved)).toBe(expected.total);
        expect(solved).toEqual(expected.pairs);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same matching solved one group of overlapping shapes at a time', () => {
    fc.assert(
      fc.property(matrix, ({ cells, columns }) => {
        const pairs = pairsOf(cells);
        expect(solveAssignmentByGroups(cells.length, columns, pairs)).toEqual(
          solveAssignment(cells.length, columns, pairs),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('breaks a tie by the smallest left id first, then the smallest right id', () => {
    // Rows a, b and columns x, y all weigh 1: {a-x, b-y} and {a-y, b-x} tie; a-x comes first.
    expect(
      solveAssignment(
        2,
        2,
        pairsOf([
          [1, 1],
          [1, 1],
        ]),
      ),
    ).toEqual([
      { left: 0, right: 0 },
      { left: 1, right: 1 },
    ]);
    // a–x + b–y (1 + 1) ties a–y alone (2); the list starting a–x comes first.
    expect(
      solveAssignment(
        2,
        2,
        pairsOf([
          [1, 2],
          [0, 1],
        ]),
      ),
    ).toEqual([
      { left: 0, right: 0 },
      { left: 1, right: 1 },
    ]);
    // Leaving a unmatched loses to matching it: {a-x} ties {b-x}, and a comes first.
    expect(solveAssignment(2, 1, pairsOf([[4], [4]]))).toEqual([{ left: 0, right: 0 }]);
  });
});
