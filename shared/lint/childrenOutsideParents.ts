import type { SegmentView } from '../doc/readLayer.ts';
import type { LintContext, LintFinding } from './LintFinding.ts';
import { finding } from './LintFinding.ts';

function inside(child: SegmentView, parents: readonly SegmentView[]): boolean {
  return parents.some((parent) => parent.startMs <= child.startMs && child.endMs <= parent.endMs);
}

/** Segments of a child tier that no segment of its parent tier contains (ELAN's model). */
export function childrenOutsideParents({ snapshot, tiers }: LintContext): LintFinding[] {
  const byTier = new Map<string, SegmentView[]>();
  for (const segment of snapshot.segments) {
    byTier.set(segment.tierId, [...(byTier.get(segment.tierId) ?? []), segment]);
  }
  return tiers.flatMap((tier) => {
    if (!tier.parentId) return [];
    const parents = byTier.get(tier.parentId) ?? [];
    return (byTier.get(tier.id) ?? [])
      .filter((child) => !inside(child, parents))
      .map((child) =>
        finding({
          rule: 'child-outside-parent',
          severity: 'error',
          message: `segment ${child.id} on tier ${tier.name} is not inside a segment of its parent tier ${tier.parentId}`,
          recordIds: [child.id],
          location: { startMs: child.startMs, endMs: child.endMs },
        }),
      );
  });
}
