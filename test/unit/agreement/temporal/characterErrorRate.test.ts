import { describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../../../shared/agreement/temporal/characterErrorRate.ts';

describe('character error rate', () => {
  it('counts two misspelt letters in eleven characters, spaces included', () => {
    const result = characterErrorRate('i can spell', 'i kan cpell');
    expect(result.operations.filter((operation) => operation.kind !== 'equal')).toEqual([
      {
        kind: 'substitute',
        referenceIndex: 2,
        hypothesisIndex: 2,
        reference: 'c',
        hypothesis: 'k',
      },
      {
        kind: 'substitute',
        referenceIndex: 6,
        hypothesisIndex: 6,
        reference: 's',
        hypothesis: 'c',
      },
    ]);
    expect(result.rate).toBe(2 / 11);
  });

  it('counts a missing space between words as one deleted character', () => {
    expect(characterErrorRate('ice cream', 'icecream')).toMatchObject({
      deletions: 1,
      rate: 1 / 9,
    });
  });

  it('counts an accented letter as one character however it was typed', () => {
    expect(characterErrorRate('caf\u00e9', 'cafe\u0301').rate).toBe(0);
    expect(characterErrorRate('caf\u00e9', 'cafe')).toMatchObject({
      substitutions: 1,
      rate: 1 / 4,
    });
  });

  it('has no rate against an empty reference', () => {
    expect(characterErrorRate('', 'ok')).toMatchObject({
      rate: null,
      reason: 'the reference is empty: no rate for 2 inserted characters',
    });
  });
});
