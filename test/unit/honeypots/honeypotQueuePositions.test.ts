import { describe, expect, it } from 'vitest';
import {
  honeypotCount,
  honeypotQueuePositions,
} from '../../../server/honeypots/honeypotQueuePositions.ts';
import { interleaveHoneypots } from '../../../server/honeypots/interleaveHoneypots.ts';

describe('honeypot placement', () => {
  it('makes honeypots the given share of the queue afterwards, at least one', () => {
    expect(honeypotCount(0.25, 3)).toBe(1);
    expect(honeypotCount(0.1, 9)).toBe(1);
    expect(honeypotCount(0.2, 8)).toBe(2);
    expect(honeypotCount(0.5, 4)).toBe(4);
    expect(honeypotCount(0.01, 0)).toBe(1);
  });

  it('spreads honeypots evenly among the open work, skipping work already done', () => {
    expect(honeypotQueuePositions(1, [0, 1, 2], 3)).toEqual([2]);
    expect(honeypotQueuePositions(2, [0, 1, 2, 3, 4, 5, 6, 7], 8)).toEqual([3, 5]);
    // Items 0 and 1 are revealed: the honeypot goes among items 2 to 4.
    expect(honeypotQueuePositions(1, [2, 3, 4], 5)).toEqual([4]);
    expect(honeypotQueuePositions(2, [], 4)).toEqual([4, 4]);
  });

  it('places each honeypot after as many entries as its position says', () => {
    const honeypots = [
      { queuePosition: 0, entry: 'h0' },
      { queuePosition: 2, entry: 'h2' },
      { queuePosition: 2, entry: 'h2b' },
      { queuePosition: 9, entry: 'h9' },
    ];
    expect(interleaveHoneypots(['a', 'b', 'c'], honeypots)).toEqual([
      'h0',
      'a',
      'b',
      'h2',
      'h2b',
      'c',
      'h9',
    ]);
  });
});
