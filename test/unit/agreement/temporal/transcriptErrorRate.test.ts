import { describe, expect, it } from 'vitest';
import type { Utterance } from '../../../../shared/agreement/temporal/groupOverlappingUtterances.ts';
import { groupOverlappingUtterances } from '../../../../shared/agreement/temporal/groupOverlappingUtterances.ts';
import { transcriptErrorRate } from '../../../../shared/agreement/temporal/transcriptErrorRate.ts';

function utterance(id: string, startMs: number, endMs: number, text: string): Utterance {
  return { id, startMs, endMs, text };
}

const ann = [
  utterance('u-long', 0, 4000, 'The cat sat on the mat.'),
  utterance('u-thanks', 5000, 6000, 'Thank you.'),
];
const ben = [
  // Listed out of time order on purpose.
  utterance('h-second', 2000, 4000, 'on a mat'),
  utterance('h-first', 0, 1800, 'the cat sat'),
  utterance('h-okay', 7000, 8000, 'okay'),
];

describe('transcript agreement between two layers', () => {
  it('compares one long utterance with the two short ones that cover it as one group', () => {
    const [group] = transcriptErrorRate(ann, ben).groups;
    expect(group?.reference.map((member) => member.id)).toEqual(['u-long']);
    expect(group?.hypothesis.map((member) => member.id)).toEqual(['h-first', 'h-second']);
    expect(group).toMatchObject({ startMs: 0, endMs: 4000 });
    expect(group?.words).toMatchObject({ substitutions: 1, deletions: 0, insertions: 0 });
    expect(group?.words.rate).toBe(1 / 6);
    // "the cat sat on the mat" against "the cat sat on a mat": "the" → "a".
    expect(group?.characters).toMatchObject({
      substitutions: 1,
      deletions: 2,
      referenceLength: 22,
    });
  });

  it('scores speech only one layer has as deletions or insertions', () => {
    const { groups } = transcriptErrorRate(ann, ben);
    expect(
      groups.map((group) => [group.startMs, group.words.deletions, group.words.insertions]),
    ).toEqual([
      [0, 0, 0],
      [5000, 2, 0],
      [7000, 0, 1],
    ]);
    expect(groups[2]?.words.rate).toBeNull();
  });

  it('sums edits over reference words for the overall rate', () => {
    const { words } = transcriptErrorRate(ann, ben);
    expect(words).toMatchObject({
      substitutions: 1,
      deletions: 2,
      insertions: 1,
      referenceLength: 8,
      hypothesisLength: 7,
      rate: 4 / 8,
      reason: null,
    });
  });

  it('has no overall rate when the reference layer says nothing', () => {
    expect(transcriptErrorRate([], ben).words).toMatchObject({ rate: null, insertions: 7 });
    expect(transcriptErrorRate([], []).words).toMatchObject({ rate: 0, referenceLength: 0 });
  });

  it('joins utterances that overlap through a chain, and not ones that only touch', () => {
    const groups = groupOverlappingUtterances(
      [
        utterance('a', 0, 1000, 'a'),
        utterance('b', 900, 2000, 'b'),
        utterance('c', 3000, 4000, 'c'),
      ],
      [utterance('x', 500, 950, 'x'), utterance('y', 1500, 3000, 'y')],
    );
    expect(
      groups.map((group) => [group.reference.map((u) => u.id), group.hypothesis.map((u) => u.id)]),
    ).toEqual([
      [
        ['a', 'b'],
        ['x', 'y'],
      ],
      [['c'], []],
    ]);
  });

  it('gives the same groups whatever order the utterances arrive in', () => {
    const forwards = groupOverlappingUtterances(ann, ben);
    const backwards = groupOverlappingUtterances([...ann].reverse(), [...ben].reverse());
    expect(backwards).toEqual(forwards);
  });
});
