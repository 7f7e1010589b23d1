import * as vscode from 'vscode';
import type { OutlineNode } from '../../core/outline/outlineModel';
import type { OutlineFeature } from './outlineFeature';
import type { OutlineStatus } from './outlineSource';

/** A tree item as plain data: what the user sees of one node. */
export interface OutlineItem {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  /** Codicon id, and its colour id when it has one. */
  readonly icon?: string;
  readonly iconColor?: string;
  readonly contextValue?: string;
  readonly collapsible: 'none' | 'collapsed' | 'expanded';
  /** The command a click runs, and its arguments. */
  readonly command?: string;
  readonly commandArguments?: readonly unknown[];
  readonly children: readonly OutlineItem[];
}

/** The outline part of the test API: read the tree, its selection and expansion, drive reveal and drops. */
export interface OutlineTestApi {
  /** The whole tree (after pending refreshes), read through the TreeDataProvider. */
  items(): Promise<OutlineItem[]>;
  /** Ids of the selected nodes of the Marginalia container's outline view. */
  selection(): string[];
  /** Ids of the nodes the user expanded (tracked from the view's expand/collapse events). */
  expanded(): string[];
  visible(): boolean;
  /** Why the tree is empty or not (the welcome view's condition). */
  status(): Promise<OutlineStatus>;
  /** The current node of an id (after pending refreshes). */
  node(id: string): Promise<OutlineNode | undefined>;
  reveal(id: string, options: { select?: boolean; focus?: boolean; expand?: boolean | number }): Promise<void>;
  readonly treeView: vscode.TreeView<OutlineNode>;
  readonly dragAndDrop: vscode.TreeDragAndDropController<OutlineNode>;
  /** Resolves once the tree reflects every change seen so far. */
  settled(): Promise<void>;
}

export function outlineTestApi(outline: OutlineFeature): OutlineTestApi {
  const { source, view } = outline;
  const toItem = async (node: OutlineNode): Promise<OutlineItem> => {
    const item = view.provider.item(node);
    const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath : undefined;
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    const children = await Promise.all(view.provider.children(node).map(toItem));
    return {
      id: item.id ?? node.id,
      label,
      ...(typeof item.description === 'string' ? { description: item.description } : {}),
      ...(icon ? { icon: icon.id } : {}),
      ...(icon?.color ? { iconColor: icon.color.id } : {}),
      ...(item.contextValue ? { contextValue: item.contextValue } : {}),
      collapsible: (['none', 'collapsed', 'expanded'] as const)[item.collapsibleState ?? 0]!,
      ...(item.command ? { command: item.command.command, commandArguments: item.command.arguments ?? [] } : {}),
      children,
    };
  };
  return {
    async items() {
      await source.settled();
      return Promise.all(view.provider.children().map(toItem));
    },
    selection: () => view.treeView.selection.map((n) => n.id),
    expanded: () => view.provider.expandedIds,
    visible: () => view.treeView.visible,
    async status() {
      await source.settled();
      return source.status;
    },
    async node(id) {
      await source.settled();
      return source.node(id);
    },
    async reveal(id, options) {
      await source.settled();
      await view.provider.idle();
      const node = source.node(id);
      if (!node) throw new Error(`no outline node ${id}`);
      await view.treeView.reveal(node, options);
    },
    treeView: view.treeView,
    dragAndDrop: view.dragAndDrop,
    settled: () => source.settled(),
  };
}
