import { describe, expect, it } from 'vitest';
import { identityAgreement } from '../../../../shared/agreement/spatial/identityAgreement.ts';
import type { TrackFrameMatch } from '../../../../shared/agreement/spatial/identitySwitches.ts';
import { matchFrame } from '../../../../shared/agreement/spatial/matchFrame.ts';
import type { SpatialShape } from '../../../../shared/agreement/spatial/SpatialShape.ts';

function frameOf(
  pairs: readonly string[],
  missing: string[] = [],
  extra: string[] = [],
): TrackFrameMatch {
  const matched = pairs.map((pair) => {
    const [leftId, rightId] = pair.split('-') as [string, string];
    return { leftId, rightId };
  });
  return { matched, missing, extra };
}

describe('identity agreement of two layers’ tracks', () => {
  it('counts IDTP, IDFP and IDFN by hand for two tracks that swap partners at frame 6', () => {
    // Frames 0–5: L1–R1, L2–R2. Frames 6–8: swapped. Frame 9: L1–R2, L2 alone, R1 gone.
    const frames = new Map<number, TrackFrameMatch>();
    for (let frame = 0; frame <= 5; frame += 1) frames.set(frame, frameOf(['L1-R1', 'L2-R2']));
    for (let frame = 6; frame <= 8; frame += 1) frames.set(frame, frameOf(['L1-R2', 'L2-R1']));
    frames.set(9, frameOf(['L1-R2'], ['L2']));
    const agreement = identityAgreement(frames);
    // Co-occurrences: L1–R1 6, L2–R2 6, L1–R2 4, L2–R1 3; keeping L1–R1 and L2–R2 gives 12.
    expect(agreement.identities).toEqual([
      { leftId: 'L1', rightId: 'R1', frames: 6 },
      { leftId: 'L2', rightId: 'R2', frames: 6 },
    ]);
    // 20 left track-frames, 19 right ones (R1 is gone on frame 9).
    expect([agreement.idtp, agreement.idfp, agreement.idfn]).toEqual([12, 7, 8]);
    expect(agreement.idf1).toBe(24 / 39);
    expect(agreement.switches).toEqual([
      { frame: 6, side: 'left', trackId: 'L1', fromId: 'R1', toId: 'R2' },
      { frame: 6, side: 'left', trackId: 'L2', fromId: 'R2', toId: 'R1' },
      { frame: 6, side: 'right', trackId: 'R1', fromId: 'L1', toId: 'L2' },
      { frame: 6, side: 'right', trackId: 'R2', fromId: 'L2', toId: 'L1' },
    ]);
  });

  it('remembers a partner across frames where the track is unmatched, and reads frames in order', () => {
    const frames = new Map<number, TrackFrameMatch>([
      [7, frameOf(['A-Y'])],
      [3, frameOf([], ['A'], ['X'])],
      [1, frameOf(['A-X'])],
    ]);
    const agreement = identityAgreement(frames);
    expect(agreement.switches).toEqual([
      { frame: 7, side: 'left', trackId: 'A', fromId: 'X', toId: 'Y' },
    ]);
    // Ties between A–X and A–Y (one frame each) go to the smaller id.
    expect(agreement.identities).toEqual([{ leftId: 'A', rightId: 'X', frames: 1 }]);
    expect([agreement.idtp, agreement.idfp, agreement.idfn, agreement.idf1]).toEqual([
      1,
      2,
      2,
      2 / 6,
    ]);
  });

  it('agrees fully when both layers follow the same objects, and has no score with no tracks', () => {
    const boxAt = (id: string, x: number): SpatialShape => ({
      id,
      labelId: 'car',
      geometry: { kind: 'box', box: { x, y: 10, w: 20, h: 20 } },
    });
    const frames = new Map<number, TrackFrameMatch>();
    for (let frame = 0; frame < 4; frame += 1) {
      const left = [boxAt('car-1', frame * 5), boxAt('car-2', 100 - frame * 5)];
      const right = [boxAt('t9', frame * 5 + 1), boxAt('t3', 100 - frame * 5 - 1)];
      const result = matchFrame(left, right, { width: 160, height: 90 }, () => 0.5);
      if (!result.ok) throw new Error(result.error);
      frames.set(frame, result.value);
    }
    const agreement = identityAgreement(frames);
    expect(agreement.identities.map(({ leftId, rightId }) => `${leftId}-${rightId}`)).toEqual([
      'car-1-t9',
      'car-2-t3',
    ]);
    expect([agreement.idtp, agreement.idfp, agreement.idfn, agreement.idf1]).toEqual([8, 0, 0, 1]);
    expect(agreement.switches).toEqual([]);
    expect(identityAgreement(new Map()).idf1).toBeNull();
  });
});
