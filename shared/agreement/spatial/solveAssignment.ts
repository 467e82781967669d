import type { WeightedPair } from './AssignmentGraph.ts';
import { buildAssignmentGraph } from './AssignmentGraph.ts';
import { augmentShortestPaths } from './augmentShortestPaths.ts';
import { preferSmallestIds } from './preferSmallestIds.ts';

/** A matched pair of indices into the left and right lists. */
export interface IndexPair {
  left: number;
  right: number;
}

/**
 * The one-to-one matching of the given pairs with the largest total weight (whole weights > 0;
 * a pair not given may not match), sorted by left index. Among matchings of equal total it returns
 * the one whose sorted (left, right) list is lexicographically smallest, so with indices ranked by
 * id the result depends only on the ids and weights. O(n³) for n shapes, less when pairs are sparse.
 */
export function solveAssignment(
  leftCount: number,
  rightCount: number,
  pairs: readonly WeightedPair[],
): IndexPair[] {
  if (pairs.length === 0) return [];
  const graph = buildAssignmentGraph(leftCount, rightCount, pairs);
  const optimal = augmentShortestPaths(graph);
  preferSmallestIds(graph, optimal);
  const matched: IndexPair[] = [];
  optimal.rowColumn.forEach((column, row) => {
    if (column < rightCount) matched.push({ left: row, right: column });
  });
  return matched;
}
