import { describe, expect, it } from 'vitest';
import { linkedPlace } from '../../../client/ui/linkedPlace.ts';

const NTSC = { num: 30000, den: 1001 };

describe('the place a review link names', () => {
  it('reads frames and times as the guidelines examples write them, and nothing else', () => {
    expect(linkedPlace('#frame=30-45', NTSC)).toEqual({ startMs: 1001, firstFrame: 30 });
    expect(linkedPlace('#frame=0', NTSC)).toEqual({ startMs: 0, firstFrame: 0 });
    expect(linkedPlace('#t=2.5,4', NTSC)).toEqual({ startMs: 2500, firstFrame: null });
    expect(linkedPlace('#t=9', null)).toEqual({ startMs: 9000, firstFrame: null });
    for (const hash of ['', '#frame=', '#frame=-3', '#t=abc', '#frame=1-2-3', '#x=1']) {
      expect(linkedPlace(hash, NTSC)).toBeNull();
    }
    expect(linkedPlace('#frame=3', null)).toBeNull();
  });
});
