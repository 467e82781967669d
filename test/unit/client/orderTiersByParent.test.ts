import { describe, expect, it } from 'vitest';
import { orderTiersByParent } from '../../../client/timeline/orderTiersByParent.ts';
import type { Tier } from '../../../shared/schema/tier.ts';

const tier = (id: string, parentId: string | null = null): Tier => ({
  id,
  name: id,
  kind: 'segments',
  parentId,
});

describe('tier rows', () => {
  it('put each child right after its parent, keeping the given order otherwise', () => {
    const ordered = orderTiersByParent([
      tier('words', 'turns'),
      tier('events'),
      tier('turns'),
      tier('phones', 'words'),
    ]);
    expect(ordered.map((each) => each.id)).toEqual(['events', 'turns', 'words', 'phones']);
  });

  it('show tiers with a missing parent or a cycle of parents at the top level', () => {
    const ordered = orderTiersByParent([tier('a', 'b'), tier('b', 'a'), tier('c', 'gone')]);
    expect(ordered.map((each) => each.id).sort()).toEqual(['a', 'b', 'c']);
  });
});
