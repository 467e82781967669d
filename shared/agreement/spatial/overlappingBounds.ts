import type { ShapeBounds } from './boundsOfSpans.ts';

interface Entry {
  side: 0 | 1;
  index: number;
  bounds: ShapeBounds;
}

/**
 * Every (left, right) index pair whose bounds touch or overlap, edges included, by a sweep along x:
 * flat [left, right, left, right, …], in no particular order. Null bounds (empty shapes) pair with
 * nothing.
 */
export function overlappingBounds(
  leftBounds: readonly (ShapeBounds | null)[],
  rightBounds: readonly (ShapeBounds | null)[],
): number[] {
  const entries: Entry[] = [];
  for (const [side, list] of [leftBounds, rightBounds].entries()) {
    list.forEach((bounds, index) => {
      if (bounds) entries.push({ side: side as 0 | 1, index, bounds });
    });
  }
  entries.sort((first, second) => first.bounds[0] - second.bounds[0]);
  const active: [Entry[], Entry[]] = [[], []];
  const pairs: number[] = [];
  for (const entry of entries) {
    const [minX, minY, , maxY] = entry.bounds;
    const others = active[entry.side === 0 ? 1 : 0];
    let kept = 0;
    for (const other of others) {
      // Sorted by minX, so an entry that ends before this one starts ends before all later ones.
      if (other.bounds[2] < minX) continue;
      others[kept] = other;
      kept += 1;
      if (other.bounds[1] <= maxY && minY <= other.bounds[3]) {
        if (entry.side === 0) pairs.push(entry.index, other.index);
        else pairs.push(other.index, entry.index);
      }
    }
    others.length = kept;
    active[entry.side].push(entry);
  }
  return pairs;
}
