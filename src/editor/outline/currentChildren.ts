/** Anything with an id and children: an outline node, or a test double. */
export interface TreeNodeLike<N> {
  readonly id: string;
  readonly children: readonly N[];
}

/**
 * The children of the node that has this id NOW. VS Code may hand back an element of an older
 * tree (it keeps them across a refresh): it gets the children of its id in the current tree, or
 * none once that id is gone — never the stale children of an older tree, whose ids the current
 * tree cannot place (getParent, reveal), and never anything found by position.
 */
export function currentChildren<N extends TreeNodeLike<N>>(lookup: (id: string) => N | undefined, node: N): N[] {
  return [...(lookup(node.id)?.children ?? [])];
}
