/**
 * How the outline answers VS Code's requests for children so that the workbench cannot hand a
 * node the children of another one.
 *
 * Why: the workbench (VS Code 1.139, still open upstream as microsoft/vscode#243911) batches the
 * children requests of one tree level: each requested element appends itself to "the" batch and
 * arms a `setTimeout(0)`; the first timer to fire sends the batch, every later one takes the
 * answer at its own index from the batch that is current WHEN ITS TIMER FIRES. If our answer
 * arrives before the later timers of the batch have fired (a loaded renderer runs its timers
 * late), the first element is resolved, the tree asks for ITS open children (the actor types),
 * which start a new batch, and the late timers of the old batch take the answers of that new
 * batch at their index: the Quotations group gets the organisations, Topics the places.
 * Answering a level's children a little later than at once lets the late timers fire first.
 */
export const CHILDREN_ANSWER_DELAY_MS = 80;

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

/** Resolves with `answer()` after `ms`: what the tree asks is read when it is answered, not before. */
export function answerLater<T>(answer: () => T, ms: number = CHILDREN_ANSWER_DELAY_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(answer());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, ms);
  });
}
