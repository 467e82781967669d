import type { WeightedPair } from './AssignmentGraph.ts';
import type { IndexPair } from './solveAssignment.ts';
import { solveAssignment } from './solveAssignment.ts';

/** One connected group: its left and right indices ascending, and its pairs in local indices. */
interface Group {
  lefts: number[];
  rights: number[];
  pairs: WeightedPair[];
}

function rootOf(parent: Int32Array, node: number): number {
  let root = node;
  while (parent[root] !== root) root = parent[root] as number;
  for (let step = node; parent[step] !== root;) {
    const up = parent[step] as number;
    parent[step] = root;
    step = up;
  }
  return root;
}

/** The connected groups of the pairs, by union-find over left nodes 0.. and right nodes leftCount.. */
function groupPairs(
  leftCount: number,
  rightCount: number,
  pairs: readonly WeightedPair[],
): Group[] {
  const parent = Int32Array.from({ length: leftCount + rightCount }, (_, node) => node);
  for (const pair of pairs) {
    const [a, b] = [rootOf(parent, pair.left), rootOf(parent, leftCount + pair.right)];
    parent[Math.max(a, b)] = Math.min(a, b);
  }
  const inPair = new Uint8Array(leftCount + rightCount);
  for (const pair of pairs) [inPair[pair.left], inPair[leftCount + pair.right]] = [1, 1];
  const groups = new Map<number, Group>();
  const localIndex = new Int32Array(leftCount + rightCount);
  // Visiting nodes in ascending order numbers each group's members in their global order.
  for (let node = 0; node < leftCount + rightCount; node += 1) {
    if (!inPair[node]) continue;
    const root = rootOf(parent, node);
    const group = groups.get(root) ?? { lefts: [], rights: [], pairs: [] };
    groups.set(root, group);
    const members = node < leftCount ? group.lefts : group.rights;
    localIndex[node] = members.length;
    members.push(node < leftCount ? node : node - leftCount);
  }
  for (const pair of pairs) {
    (groups.get(rootOf(parent, pair.left)) as Group).pairs.push({
      left: localIndex[pair.left] as number,
      right: localIndex[leftCount + pair.right] as number,
      weight: pair.weight,
    });
  }
  return [...groups.values()];
}

function solveGroup(group: Group): IndexPair[] {
  if (group.pairs.length === 1) return [{ left: 0, right: 0 }];
  return solveAssignment(group.lefts.length, group.rights.length, group.pairs);
}

/**
 * The same matching as solveAssignment, solved one connected group of pairs at a time: shapes in
 * different groups never match, so the best matching is each group's best together, and numbering
 * a group's shapes in their global order keeps the tie-break (the smallest sorted pair list).
 */
export function solveAssignmentByGroups(
  leftCount: number,
  rightCount: number,
  pairs: readonly WeightedPair[],
): IndexPair[] {
  const matched: IndexPair[] = [];
  for (const group of groupPairs(leftCount, rightCount, pairs)) {
    for (const local of solveGroup(group)) {
      const [left, right] = [
        group.lefts[local.left] as number,
        group.rights[local.right] as number,
      ];
      matched.push({ left, right });
    }
  }
  return matched.sort((first, second) => first.left - second.left);
}
