import type { Container } from 'pixi.js';

/**
 * Makes a layer show exactly `items`, in order: reuses the node of every id still present, creates
 * nodes for new ids and destroys the rest.
 */
export function reconcileNodes<Item, Node extends { container: Container }>(
  layer: Container,
  nodes: Map<string, Node>,
  items: readonly Item[],
  idOf: (item: Item) => string,
  create: () => Node,
  draw: (node: Node, item: Item) => void,
): void {
  const present = new Set<string>();
  for (const item of items) {
    const id = idOf(item);
    present.add(id);
    let node = nodes.get(id);
    if (!node) {
      node = create();
      nodes.set(id, node);
    }
    draw(node, item);
    // Re-adding moves the node to the top, so the layer's order follows the items' order.
    layer.addChild(node.container);
  }
  for (const [id, node] of nodes) {
    if (present.has(id)) continue;
    node.container.destroy({ children: true });
    nodes.delete(id);
  }
}
