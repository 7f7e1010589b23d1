/**
 * Knows when VS Code is loading a tree view, from the calls it makes to the TreeDataProvider,
 * so that refreshes and reveals wait until it is done.
 *
 * Why: VS Code's tree batches the children requests of one level and hands each element the
 * result at its index in "the" current batch; when two loads of the same tree overlap (a
 * refresh while the view is opening, a reveal during a refresh: a reveal into a tree that has
 * not answered yet starts a second full refresh), a node can receive the children of a node
 * of another level at the same position, and keeps them (issue 13: the Quotations group
 * showing the organisations; microsoft/vscode#243911). One load at a time avoids it. A refresh
 * sent while the view is hidden is such an overlap: VS Code keeps it and replays it on top of the
 * opening view's own load, so the provider sends none while hidden (isVisible) and refreshes
 * once the opening load is over.
 */
export class TreeLoadGate {
  private lastCall = -Infinity;
  /** Until then, a load is expected to start (a refresh was sent, the view just opened). */
  private expectedUntil = -Infinity;
  private visible = false;

  constructor(
    /** No call for this long: the load is over (each level is one round trip to the workbench). */
    private readonly quietMs = 300,
    /** How long a refresh or an opening view may take to ask for its first element. */
    private readonly startMs = 1000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** VS Code called the provider (getChildren, getTreeItem, getParent). */
  noteCall(): void {
    this.lastCall = this.now();
    this.expectedUntil = -Infinity;
  }

  /** A refresh was sent, or the view was shown: VS Code will load the tree (when visible). */
  expectLoad(): void {
    if (this.visible) this.expectedUntil = this.now() + this.startMs;
  }

  get isVisible(): boolean {
    return this.visible;
  }

  setVisible(visible: boolean): void {
    const opened = visible && !this.visible;
    this.visible = visible;
    if (opened) this.expectLoad();
  }

  /** Milliseconds until the tree is idle (0: idle now). A hidden view loads nothing. */
  busyFor(): number {
    if (!this.visible) return 0;
    const now = this.now();
    return Math.max(0, this.expectedUntil - now, this.lastCall + this.quietMs - now);
  }

  /** Resolves once the tree is idle. */
  async idle(): Promise<void> {
    for (let wait = this.busyFor(); wait > 0; wait = this.busyFor()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
