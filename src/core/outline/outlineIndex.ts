import type { OutlineNode } from './outlineModel';

/** Where a node sits in an outline: the node and its parent (undefined for a root). */
export interface IndexedNode {
  readonly node: OutlineNode;
  readonly parent: OutlineNode | undefined;
}

/** Every node of an outline by id, with its parent: what `getParent` and `reveal` need. */
export function indexOutline(roots: readonly OutlineNode[]): Map<string, IndexedNode> {
  const index = new Map<string, IndexedNode>();
  const visit = (node: OutlineNode, parent: OutlineNode | undefined) => {
    if (index.has(node.id)) throw new Error(`duplicate outline id ${node.id}`);
    index.set(node.id, { node, parent });
    for (const child of node.children) visit(child, node);
  };
  for (const root of roots) visit(root, undefined);
  return index;
}
