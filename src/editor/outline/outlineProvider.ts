import * as vscode from 'vscode';
import type { OutlineNode } from '../../core/outline/outlineModel';
import { actorTypeStyles } from '../actorTypes';
import { currentChildren } from './currentChildren';
import type { OutlineSource } from './outlineSource';
import { TreeLoadGate } from './treeLoadGate';

/**
 * The TreeDataProvider of one outline view: nodes come from the shared source, items from
 * {@link outlineTreeItem}. It remembers what the user expanded and collapsed, by node id, so a
 * refresh (on every edit) shows the same branches open; ids that disappear are forgotten.
 * Refreshes wait until VS Code has finished loading the tree (see {@link TreeLoadGate}).
 */
export class OutlineProvider implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly expansion = new Map<string, boolean>();
  private readonly subscription: vscode.Disposable;
  /** Tells when VS Code is loading this view; the view reports its visibility to it. */
  readonly gate = new TreeLoadGate();
  private refreshPending: Promise<void> | undefined;
  /** The nodes changed while the view was hidden: refresh once it has loaded after being shown. */
  private staleWhileHidden = false;
  private disposed = false;

  constructor(
    private readonly source: OutlineSource,
    private readonly render: (node: OutlineNode, expanded: boolean | undefined, styles: ReturnType<typeof actorTypeStyles>) => vscode.TreeItem,
  ) {
    this.subscription = source.onDidChange(() => {
      for (const id of [...this.expansion.keys()]) if (!source.node(id)) this.expansion.delete(id);
      this.refresh();
    });
  }

  /**
   * Asks VS Code to reload the tree once it is idle; changes meanwhile cost one refresh. Never
   * while the view is hidden: VS Code keeps such a refresh and replays it when the view opens,
   * on top of the opening view's own load — two overlapping loads, the case in which its
   * batching hands a group the children of another node (see {@link TreeLoadGate}).
   */
  private refresh(): void {
    if (!this.gate.isVisible) {
      this.staleWhileHidden = true;
      return;
    }
    this.refreshPending ??= this.gate.idle().then(() => {
      this.refreshPending = undefined;
      if (this.disposed) return;
      if (!this.gate.isVisible) {
        this.staleWhileHidden = true; // hidden while it waited
        return;
      }
      this.gate.expectLoad();
      this.changed.fire(undefined);
    });
  }

  /** The view was shown or hidden: a change seen while it was hidden is sent once its opening load is over. */
  setVisible(visible: boolean): void {
    this.gate.setVisible(visible);
    if (visible && this.staleWhileHidden) {
      this.staleWhileHidden = false;
      this.refresh();
    }
  }

  /** Resolves once no refresh waits and VS Code has loaded the tree: a reveal is safe then. */
  async idle(): Promise<void> {
    while (this.refreshPending || this.gate.busyFor() > 0) {
      await (this.refreshPending ?? this.gate.idle());
    }
  }

  /** Ids of the nodes the user expanded, still in the tree. */
  get expandedIds(): string[] {
    return [...this.expansion].filter(([, open]) => open).map(([id]) => id);
  }

  setExpanded(node: OutlineNode, expanded: boolean): void {
    this.expansion.set(node.id, expanded);
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    this.gate.noteCall();
    return this.item(node);
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    this.gate.noteCall();
    return this.children(node);
  }

  getParent(node: OutlineNode): OutlineNode | undefined {
    this.gate.noteCall();
    return this.source.parentOf(node);
  }

  /** What getTreeItem answers, without counting as a call of VS Code (the tree's load gate counts those). */
  item(node: OutlineNode): vscode.TreeItem {
    return this.render(node, this.expansion.get(node.id), actorTypeStyles());
  }

  /** What getChildren answers, without counting as a call of VS Code. */
  children(node?: OutlineNode): OutlineNode[] {
    if (!node) return [...this.source.nodes];
    return currentChildren((id) => this.source.node(id), node);
  }

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
    this.changed.dispose();
  }
}
