import { describe, expect, it } from 'vitest';
import type { MatchableSegment } from '../../../../shared/agreement/temporal/matchSegments.ts';
import { matchSegments } from '../../../../shared/agreement/temporal/matchSegments.ts';
import { temporalIoU } from '../../../../shared/agreement/temporal/temporalIoU.ts';

function segment(
  id: string,
  startMs: number,
  endMs: number,
  labelId: string | null = 'speech',
  tierId = 'events',
): MatchableSegment {
  return { id, tierId, startMs, endMs, labelId };
}

function matched(left: MatchableSegment[], right: MatchableSegment[], minimumIoU = 0.5) {
  const result = matchSegments(left, right, minimumIoU);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function pairIds(left: MatchableSegment[], right: MatchableSegment[], minimumIoU = 0.5) {
  return matched(left, right, minimumIoU).matches.map((match) => [match.left.id, match.right.id]);
}

describe('temporal IoU', () => {
  it('is shared time over covered time of two [start, end) ranges', () => {
    expect(temporalIoU({ startMs: 1000, endMs: 2000 }, { startMs: 1100, endMs: 1900 })).toBe(0.8);
    expect(temporalIoU({ startMs: 0, endMs: 1000 }, { startMs: 1000, endMs: 2000 })).toBe(0);
    expect(temporalIoU({ startMs: 0, endMs: 300 }, { startMs: 0, endMs: 300 })).toBe(1);
    expect(temporalIoU({ startMs: 500, endMs: 500 }, { startMs: 500, endMs: 500 })).toBe(0);
  });
});

describe('matching the segments of two layers', () => {
  const ann = [
    segment('s1', 1000, 2000),
    segment('s2', 3000, 4000, 'music'),
    segment('s3', 6000, 7000),
  ];
  const ben = [segment('r1', 1100, 1900), segment('r2', 3050, 4200), segment('r3', 6800, 7600)];

  it('reports signed boundary offsets, right minus left, and whether the labels agree', () => {
    const [first, second] = matched(ann, ben).matches;
    expect(first).toMatchObject({
      iou: 0.8,
      startOffsetMs: 100,
      endOffsetMs: -100,
      sameLabel: true,
    });
    expect(first?.left.id).toBe('s1');
    expect(second).toMatchObject({ startOffsetMs: 50, endOffsetMs: 200, sameLabel: false });
    expect(second?.iou).toBeCloseTo(950 / 1200, 12);
  });

  it('leaves segments below the IoU threshold as missing on one side and extra on the other', () => {
    const { missing, extra } = matched(ann, ben);
    // s3 and r3 share 200 ms of 1600: IoU 0.125.
    expect(missing.map((each) => each.id)).toEqual(['s3']);
    expect(extra.map((each) => each.id)).toEqual(['r3']);
    expect(pairIds(ann, ben, 0.1)).toEqual([
      ['s1', 'r1'],
      ['s2', 'r2'],
      ['s3', 'r3'],
    ]);
  });

  it('never matches segments of different tiers', () => {
    const result = matched(
      [segment('a', 0, 1000, 'x', 'words')],
      [segment('b', 0, 1000, 'x', 'turns')],
    );
    expect(result.matches).toEqual([]);
    expect(result.missing.map((each) => each.id)).toEqual(['a']);
    expect(result.extra.map((each) => each.id)).toEqual(['b']);
  });

  it('gives one segment halfway over two to the lower id', () => {
    const whole = segment('whole', 0, 1000);
    // Each half has IoU 0.5 with the whole; the later half has the lower id.
    const halves = [segment('half-b', 0, 500), segment('half-a', 500, 1000)];
    expect(pairIds([whole], halves)).toEqual([['whole', 'half-a']]);
    expect(pairIds(halves, [whole])).toEqual([['half-a', 'whole']]);
    expect(pairIds([whole], [...halves].reverse())).toEqual([['whole', 'half-a']]);
  });

  it('pairs identical segments in id order', () => {
    const left = [segment('l2', 0, 1000), segment('l1', 0, 1000)];
    const right = [segment('r1', 0, 1000), segment('r2', 0, 1000)];
    expect(pairIds(left, right)).toEqual([
      ['l1', 'r1'],
      ['l2', 'r2'],
    ]);
  });

  it('settles equal totals by pairing ids in order', () => {
    // a and b are the same; every full matching totals 0.9 + 0.8 (c–q is below 0.6).
    const left = [segment('c', 20, 120), segment('b', 0, 100), segment('a', 0, 100)];
    const right = [segment('q', 0, 90), segment('p', 20, 100)];
    const result = matched(left, right, 0.6);
    expect(result.matches.map((match) => [match.left.id, match.right.id])).toEqual([
      ['a', 'p'],
      ['b', 'q'],
    ]);
    expect(result.missing.map((each) => each.id)).toEqual(['c']);
  });

  it('finds the best total IoU where taking the closest pair first would lose a match', () => {
    const left = [segment('wide', 0, 100), segment('early', 0, 80)];
    const right = [segment('short', 0, 90), segment('late', 20, 140)];
    // Greedy takes wide–short (0.9), leaving early–late below 0.5; the optimum pairs both.
    expect(pairIds(left, right)).toEqual([
      ['early', 'short'],
      ['wide', 'late'],
    ]);
  });

  it('refuses a threshold outside (0, 1] with a message', () => {
    expect(matchSegments(ann, ben, 0)).toEqual({
      ok: false,
      error: 'the IoU threshold for matching segments must be above 0 and at most 1, not 0',
    });
    expect(matchSegments(ann, ben, Number.NaN).ok).toBe(false);
  });
});
