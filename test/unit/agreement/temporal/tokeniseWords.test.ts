import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../../shared/agreement/temporal/normaliseText.ts';
import { tokeniseWords } from '../../../../shared/agreement/temporal/tokeniseWords.ts';

describe('the words a transcript is scored on', () => {
  it('fold case and strip punctuation at the edges of words', () => {
    expect(tokeniseWords('The cat — sat, on the MAT.')).toEqual([
      'the',
      'cat',
      'sat',
      'on',
      'the',
      'mat',
    ]);
    expect(tokeniseWords('«Oui», dit-il...')).toEqual(['oui', 'dit-il']);
  });

  it("keep apostrophes inside words and read a typographic one as '", () => {
    expect(tokeniseWords("Don’t stop, rock-'n'-roll!")).toEqual(["don't", 'stop', "rock-'n'-roll"]);
    expect(tokeniseWords("don't")).toEqual(tokeniseWords('DON’T'));
  });

  it('read composed and decomposed accents, and ß and SS, as the same word', () => {
    expect(tokeniseWords('cafe\u0301')).toEqual(tokeniseWords('caf\u00e9'));
    expect(tokeniseWords('cafe\u0301')[0]).toHaveLength(4);
    expect(tokeniseWords('Straße')).toEqual(tokeniseWords('STRASSE'));
  });

  it('split on any whitespace and drop words that were only punctuation', () => {
    expect(tokeniseWords('  one\ttwo\n\u00a0three  ... ')).toEqual(['one', 'two', 'three']);
    expect(tokeniseWords('')).toEqual([]);
    expect(tokeniseWords(' — ')).toEqual([]);
  });

  it('keep case or punctuation when asked', () => {
    expect(tokeniseWords('The MAT.', { caseSensitive: true })).toEqual(['The', 'MAT']);
    expect(tokeniseWords('The MAT.', { keepPunctuation: true })).toEqual(['the', 'mat.']);
    expect(normaliseText('Don’t — stop.', { caseSensitive: true, keepPunctuation: true })).toBe(
      'Don’t — stop.',
    );
    expect(normaliseText('Don’t — stop.')).toBe("don't stop");
  });
});
