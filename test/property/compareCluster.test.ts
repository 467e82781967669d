import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FrameComparison } from '../../shared/agreement/compareFrame.ts';
import { compareFrame } from '../../shared/agreement/compareFrame.ts';
import type { ClusterContext, Member } from '../../shared/agreement/incremental/FrameClusters.ts';
import { clusterMembers, memberOf } from '../../shared/agreement/incremental/FrameClusters.ts';
import type { SpatialShape } from '../../shared/agreement/spatial/SpatialShape.ts';

const THRESHOLDS: Record<string, number> = { car: 0.5, person: 0.3, sign: 0.1 };

const CONTEXT: ClusterContext = {
  layers: ['a.left', 'a.right'],
  grid: { width: 64, height: 64 },
  thresholdOf: (labelId) => THRESHOLDS[labelId ?? ''] ?? 0.5,
};

/** Boxes crowded into a small corner, so clusters of three and more are common. */
const boxArb = fc.record({
  x: fc.integer({ min: 0, max: 12 }),
  y: fc.integer({ min: 0, max: 12 }),
  w: fc.integer({ min: 1, max: 10 }),
  h: fc.integer({ min: 1, max: 10 }),
});

const sideArb = (prefix: string) =>
  fc
    .array(fc.tuple(boxArb, fc.constantFrom('car', 'person', 'sign')), { maxLength: 7 })
    .map((boxes) =>
      boxes.map(([box, labelId], index): SpatialShape => ({
        id: `${prefix}${(index * 7) % 10}${index}`,
        labelId,
        geometry: { kind: 'box', box },
      })),
    );

/** The sum of the clusters' comparisons, in compareFrame's terms, order aside. */
function byClusters(left: SpatialShape[], right: SpatialShape[]) {
  const members: Member[] = [
    ...left.map((shape) => memberOf(0, shape, CONTEXT)),
    ...right.map((shape) => memberOf(1, shape, CONTEXT)),
  ];
  const comparisons = clusterMembers(members, CONTEXT).map((cluster) => cluster.comparison);
  return normalised(comparisons);
}

function normalised(comparisons: FrameComparison[]) {
  const sorted = <T>(list: T[]) => list.map((each) => JSON.stringify(each)).sort();
  return {
    matched: comparisons.reduce((sum, each) => sum + each.matched, 0),
    missing: comparisons.reduce((sum, each) => sum + each.missing, 0),
    extra: comparisons.reduce((sum, each) => sum + each.extra, 0),
    iouUnits: comparisons.reduce((sum, each) => sum + each.iouUnits, 0),
    findings: sorted(comparisons.flatMap((each) => each.findings)),
    matchedTracks: sorted(
      comparisons.flatMap((each) =>
        each.tracks.matched.map(({ leftId, rightId }) => ({ leftId, rightId })),
      ),
    ),
    missingTracks: sorted(comparisons.flatMap((each) => each.tracks.missing)),
    extraTracks: sorted(comparisons.flatMap((each) => each.tracks.extra)),
  };
}

describe('comparing a frame cluster by cluster', () => {
  it('equals compareFrame on the whole frame, thresholds per label and ties included', () => {
    let largest = 0;
    fc.assert(
      fc.property(sideArb('l'), sideArb('r'), (left, right) => {
        const whole = compareFrame(CONTEXT.layers, left, right, CONTEXT.grid, CONTEXT.thresholdOf);
        if (!whole.ok) throw new Error(whole.error);
        const members = [
          ...left.map((shape) => memberOf(0, shape, CONTEXT)),
          ...right.map((shape) => memberOf(1, shape, CONTEXT)),
        ];
        for (const cluster of clusterMembers(members, CONTEXT)) {
          largest = Math.max(largest, cluster.members.length);
        }
        expect(byClusters(left, right)).toEqual(normalised([whole.value]));
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the general matcher, not only lone shapes and couples.
    expect(largest).toBeGreaterThanOrEqual(5);
  });
});
