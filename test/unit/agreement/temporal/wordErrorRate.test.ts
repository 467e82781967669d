import { describe, expect, it } from 'vitest';
import { wordErrorRate } from '../../../../shared/agreement/temporal/wordErrorRate.ts';

describe('word error rate', () => {
  it('counts a substitution and a deletion in six words as 2/6', () => {
    const result = wordErrorRate('the cat sat on the mat', 'the cat sit on mat');
    expect(result.operations).toEqual([
      { kind: 'equal', referenceIndex: 0, hypothesisIndex: 0, reference: 'the', hypothesis: 'the' },
      { kind: 'equal', referenceIndex: 1, hypothesisIndex: 1, reference: 'cat', hypothesis: 'cat' },
      {
        kind: 'substitute',
        referenceIndex: 2,
        hypothesisIndex: 2,
        reference: 'sat',
        hypothesis: 'sit',
      },
      { kind: 'equal', referenceIndex: 3, hypothesisIndex: 3, reference: 'on', hypothesis: 'on' },
      { kind: 'delete', referenceIndex: 4, reference: 'the' },
      { kind: 'equal', referenceIndex: 5, hypothesisIndex: 4, reference: 'mat', hypothesis: 'mat' },
    ]);
    expect(result).toMatchObject({
      substitutions: 1,
      deletions: 1,
      insertions: 0,
      referenceLength: 6,
    });
    expect(result.rate).toBe(2 / 6);
  });

  it('counts an inserted word against the reference length', () => {
    const result = wordErrorRate('hello world', 'hello big world');
    expect(result.operations.filter((operation) => operation.kind !== 'equal')).toEqual([
      { kind: 'insert', hypothesisIndex: 1, hypothesis: 'big' },
    ]);
    expect(result).toMatchObject({ substitutions: 0, deletions: 0, insertions: 1, rate: 0.5 });
  });

  it('is 1 when the hypothesis says nothing', () => {
    expect(wordErrorRate('two words', '')).toMatchObject({ deletions: 2, rate: 1, reason: null });
  });

  it('has no rate against an empty reference, and says why', () => {
    expect(wordErrorRate('', 'uh huh')).toMatchObject({
      insertions: 2,
      referenceLength: 0,
      rate: null,
      reason: 'the reference is empty: no rate for 2 inserted words',
    });
    expect(wordErrorRate('…', '')).toMatchObject({ rate: 0, reason: null, operations: [] });
  });

  it('ignores case and punctuation unless asked not to', () => {
    expect(wordErrorRate('The mat.', 'the MAT').rate).toBe(0);
    expect(wordErrorRate('The mat.', 'the MAT', { caseSensitive: true }).rate).toBe(1);
  });

  it('picks one diff among equally cheap ones: pair early, substitute before delete before insert', () => {
    const kinds = (reference: string, hypothesis: string) =>
      wordErrorRate(reference, hypothesis).operations.map((operation) =>
        operation.kind === 'delete'
          ? `-${operation.reference}`
          : operation.kind === 'insert'
            ? `+${operation.hypothesis}`
            : `${operation.reference}>${operation.hypothesis}`,
      );
    // "a b" → "b a" is two substitutions, or a deletion and an insertion around "b".
    expect(kinds('a b', 'b a')).toEqual(['a>b', 'b>a']);
    expect(kinds('x y', 'z')).toEqual(['x>z', '-y']);
    expect(kinds('the the cat', 'the cat')).toEqual(['the>the', '-the', 'cat>cat']);
    expect(kinds('yes', 'yes yes')).toEqual(['yes>yes', '+yes']);
    // Deleting the first "b" or inserting a "c" first cost the same; substituting costs more.
    expect(kinds('b c a', 'c a b c')).toEqual(['-b', 'c>c', 'a>a', '+b', '+c']);
  });

  // https://www.cs.cmu.edu/~tanja/Lectures/JRTkDoc/OldDoc/ASR/ASR4.html
  it('reproduces the JRTk example: HI HOW are you today against HEY are you IN today', () => {
    const result = wordErrorRate('HI HOW are you today', 'HEY are you IN today', {
      caseSensitive: true,
    });
    expect(result).toMatchObject({
      substitutions: 1,
      deletions: 1,
      insertions: 1,
      referenceLength: 5,
    });
    expect(result.rate).toBeCloseTo(0.6, 12);
    // The page aligns REF "HI HOW are you ** today" with HYP "HEY *** are you IN today".
    expect(result.operations.map((operation) => operation.kind)).toEqual([
      'substitute',
      'delete',
      'equal',
      'equal',
      'insert',
      'equal',
    ]);
  });

  // https://rdrr.io/github/jenswaeckerle/wersim/man/wer.html
  it('reproduces the wersim example: three mistakes in ten reference words', () => {
    const result = wordErrorRate(
      'The meadow is very nice and the sun shines bright',
      'The meadoww very nice and the two sun shines bright',
    );
    expect(result).toMatchObject({
      substitutions: 1,
      deletions: 1,
      insertions: 1,
      referenceLength: 10,
    });
    expect(result.rate).toBeCloseTo(0.3, 12);
    expect(result.operations.filter((operation) => operation.kind !== 'equal')).toEqual([
      {
        kind: 'substitute',
        referenceIndex: 1,
        hypothesisIndex: 1,
        reference: 'meadow',
        hypothesis: 'meadoww',
      },
      { kind: 'delete', referenceIndex: 2, reference: 'is' },
      { kind: 'insert', hypothesisIndex: 6, hypothesis: 'two' },
    ]);
  });
});
