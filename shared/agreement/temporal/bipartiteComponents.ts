/** The members of one connected group: indices into the left and right lists, ascending. */
export interface BipartiteComponent {
  left: number[];
  right: number[];
}

/**
 * The connected groups of a graph between `leftCount` left and `rightCount` right nodes; a node
 * without edges is a group of its own. Groups come in order of their lowest left index, then (for
 * right-only groups) of their right index.
 */
export function bipartiteComponents(
  leftCount: number,
  rightCount: number,
  edges: readonly (readonly [number, number])[],
): BipartiteComponent[] {
  // Union-find over left nodes 0..leftCount-1 and right nodes leftCount..leftCount+rightCount-1.
  const parent = Array.from({ length: leftCount + rightCount }, (_, node) => node);
  const rootOf = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root] as number;
    parent[node] = root;
    return root;
  };
  for (const [leftIndex, rightIndex] of edges) {
    const [a, b] = [rootOf(leftIndex), rootOf(leftCount + rightIndex)];
    parent[Math.max(a, b)] = Math.min(a, b);
  }
  const components = new Map<number, BipartiteComponent>();
  for (let node = 0; node < parent.length; node += 1) {
    const root = rootOf(node);
    const component = components.get(root) ?? { left: [], right: [] };
    components.set(root, component);
    if (node < leftCount) component.left.push(node);
    else component.right.push(node - leftCount);
  }
  return [...components.values()];
}
