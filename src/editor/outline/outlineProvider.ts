import * as vscode from 'vscode';
import type { OutlineNode } from '../../core/outline/outlineModel';
import { actorTypeStyles } from '../actorTypes';
import type { OutlineSource } from './outlineSource';

/**
 * The TreeDataProvider of one outline view: nodes come from the shared source, items from
 * {@link outlineTreeItem}. It remembers what the user expanded and collapsed, by node id, so a
 * refresh (on every edit) shows the same branches open; ids that disappear are forgotten.
 */
export class OutlineProvider implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly expansion = new Map<string, boolean>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly source: OutlineSource,
    private readonly render: (node: OutlineNode, expanded: boolean | undefined, styles: ReturnType<typeof actorTypeStyles>) => vscode.TreeItem,
  ) {
    this.subscription = source.onDidChange(() => {
      for (const id of [...this.expansion.keys()]) if (!source.node(id)) this.expansion.delete(id);
      this.changed.fire(undefined);
    });
  }

  /** Ids of the nodes the user expanded, still in the tree. */
  get expandedIds(): string[] {
    return [...this.expansion].filter(([, open]) => open).map(([id]) => id);
  }

  setExpanded(node: OutlineNode, expanded: boolean): void {
    this.expansion.set(node.id, expanded);
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    return this.render(node, this.expansion.get(node.id), actorTypeStyles());
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    // Always the current node of that id: VS Code may hand back an element of an older tree.
    if (!node) return [...this.source.nodes];
    return [...(this.source.node(node.id) ?? node).children];
  }

  getParent(node: OutlineNode): OutlineNode | undefined {
    return this.source.parentOf(node);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
