import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditOperation } from '../../../../shared/agreement/temporal/alignTokens.ts';
import { alignTokens } from '../../../../shared/agreement/temporal/alignTokens.ts';

/** Levenshtein distance straight from its recursive definition, memoised on the two suffixes. */
function referenceDistance(reference: readonly string[], hypothesis: readonly string[]): number {
  const memo = new Map<string, number>();
  const distance = (row: number, column: number): number => {
    if (row === reference.length) return hypothesis.length - column;
    if (column === hypothesis.length) return reference.length - row;
    const key = `${row},${column}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = Math.min(
      distance(row + 1, column + 1) + (reference[row] === hypothesis[column] ? 0 : 1),
      distance(row + 1, column) + 1,
      distance(row, column + 1) + 1,
    );
    memo.set(key, value);
    return value;
  };
  return distance(0, 0);
}

function editCount(operations: readonly EditOperation[]): number {
  return operations.filter((operation) => operation.kind !== 'equal').length;
}

/** Replays a diff on the reference, checking that it walks both sides in order. */
function applyDiff(reference: readonly string[], operations: readonly EditOperation[]): string[] {
  const result: string[] = [];
  let nextReference = 0;
  for (const operation of operations) {
    if (operation.kind !== 'insert') {
      expect(operation.referenceIndex).toBe(nextReference);
      expect(operation.reference).toBe(reference[nextReference]);
      nextReference += 1;
    }
    if (operation.kind === 'equal') expect(operation.hypothesis).toBe(operation.reference);
    if (operation.kind === 'substitute') expect(operation.hypothesis).not.toBe(operation.reference);
    if (operation.kind !== 'delete') {
      expect(operation.hypothesisIndex).toBe(result.length);
      result.push(operation.hypothesis);
    }
  }
  expect(nextReference).toBe(reference.length);
  return result;
}

const tokens = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 9 });

describe('the alignment of two token lists', () => {
  it('costs exactly the Levenshtein distance of its recursive definition', () => {
    fc.assert(
      fc.property(tokens, tokens, (reference, hypothesis) => {
        expect(editCount(alignTokens(reference, hypothesis))).toBe(
          referenceDistance(reference, hypothesis),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('costs the same in both directions', () => {
    fc.assert(
      fc.property(tokens, tokens, (left, right) => {
        expect(editCount(alignTokens(left, right))).toBe(editCount(alignTokens(right, left)));
      }),
      { numRuns: 500 },
    );
  });

  it('turns the reference into the hypothesis when replayed', () => {
    fc.assert(
      fc.property(tokens, tokens, (reference, hypothesis) => {
        expect(applyDiff(reference, alignTokens(reference, hypothesis))).toEqual(hypothesis);
      }),
      { numRuns: 500 },
    );
  });

  it('is empty for two empty lists', () => {
    expect(alignTokens([], [])).toEqual([]);
  });
});
