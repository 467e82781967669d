import type { Tier } from '../../shared/schema/tier.ts';

/**
 * Tiers in the order the timeline shows them: each parent followed by its children (and theirs),
 * otherwise in the given order. A tier whose parent is missing, or that is caught in a cycle of
 * parents, is shown at the top level.
 */
export function orderTiersByParent(tiers: readonly Tier[]): Tier[] {
  const ids = new Set(tiers.map((tier) => tier.id));
  const children = new Map<string, Tier[]>();
  const roots: Tier[] = [];
  for (const tier of tiers) {
    const parent = tier.parentId;
    if (parent && ids.has(parent) && parent !== tier.id) {
      children.set(parent, [...(children.get(parent) ?? []), tier]);
    } else roots.push(tier);
  }
  const ordered: Tier[] = [];
  const placed = new Set<string>();
  const place = (tier: Tier) => {
    if (placed.has(tier.id)) return;
    placed.add(tier.id);
    ordered.push(tier);
    for (const child of children.get(tier.id) ?? []) place(child);
  };
  for (const root of roots) place(root);
  // Tiers whose parents form a cycle were never reached from a root.
  for (const tier of tiers) place(tier);
  return ordered;
}
