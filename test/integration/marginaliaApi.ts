// The API the integration tests read what the user sees through, built on the test hooks that
// activate() returns in extension mode Test (src/editor/testApi.ts). Test code: not shipped.
import * as vscode from 'vscode';
import type { ArticleView } from '../../src/core/article/view';
import type { OutlineNode } from '../../src/core/outline/outlineModel';
import type { CorpusViewState } from '../../src/editor/corpus/corpusPanel';
import type { OutlineStatus } from '../../src/editor/outline/outlineSource';
import type { SuggestionRuns } from '../../src/editor/suggestions';
import type { IndexBuildReport } from '../../src/editor/workspaceIndex';
import type { TestHooks } from '../../src/extension';

export interface MarginaliaApi {
  readonly version: string;
  /** Waits until the article's annotations are loaded; undefined when it has none. */
  articleView(document: vscode.TextDocument): Promise<ArticleView | undefined>;
  /** Decorated ranges in an editor by key: `actor:<type>`, `quotation:<type>`, `quotation:unattributed`. */
  decorations(editor: vscode.TextEditor): Record<string, vscode.Range[]>;
  statusBarText(): string | undefined;
  /** The last notice of a navigation command (e.g. a jump that wrapped around the article). */
  navigationNotice(): string | undefined;
  /** Suggestion ranges drawn in an editor, by kind (`person`, `organization`, …, `quotation`). */
  suggestions(editor: vscode.TextEditor): Record<string, vscode.Range[]>;
  /** How the suggestions were computed: where, how many stale results were discarded, a knob to slow the worker. */
  readonly suggestionRuns: SuggestionRuns;
  /** The hover text (Markdown) of the suggestion drawn at a position, as VS Code shows it. */
  suggestionHover(editor: vscode.TextEditor, position: vscode.Position): string | undefined;
  /** The outline tree as the user sees it. */
  readonly outline: OutlineTestApi;
  /** The last warning notification Marginalia showed (a refused article, a sidecar a rename skipped). */
  lastWarning(): string | undefined;
  /** Lowers the size limit of articles (undefined: back to the real 16 Mi characters). */
  setMaxArticleLength(length: number | undefined): void;
  /** How many times VS Code has asked for articles' document symbols (Outline view, breadcrumbs). */
  documentSymbolRequests(): number;
  /** The corpus view: what its page showed after its last render, and its search box. */
  readonly corpusView: {
    state(): CorpusViewState | undefined;
    /** Puts text in the page's search box; the page filters and reports as when the user types. */
    search(text: string): void;
  };
  /** The comparison with another branch drawn in an editor: ranges by key (`both`, `onlyHere`, `onlyThere`) and the status bar text. */
  comparison(editor: vscode.TextEditor): { ranges: Record<string, vscode.Range[]>; statusBarText: string | undefined };
  /** The workspace index: how its last build got its entries, waiting until it is built and persisted, and building it again as the next start would. */
  readonly workspaceIndex: {
    lastBuild(): IndexBuildReport;
    idle(): Promise<IndexBuildReport>;
    restart(): Promise<IndexBuildReport>;
  };
  /** The Disagreements view's tree: groups with their items (label, menu context, and the node its commands get). */
  disagreements(): Promise<{ label: string; children: { label: string; contextValue?: string; node: unknown }[] }[]>;
}

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

/** The tree item with `id` among `items` and their descendants, if any. */
export function findIn(items: readonly OutlineItem[], id: string): OutlineItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inside = findIn(item.children, id);
    if (inside) return inside;
  }
  return undefined;
}

/** The outline part of the API: read the tree, its selection and expansion, drive reveal and drops. */
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

const asRecord = (ranges: ReadonlyMap<string, readonly vscode.Range[]>) => Object.fromEntries([...ranges].map(([key, list]) => [key, [...list]]));

export function marginaliaApi(hooks: TestHooks): MarginaliaApi {
  const compare = () => {
    if (!hooks.compare) throw new Error('this extension host has no comparison with a branch (the web worker has no git)');
    return hooks.compare;
  };
  return {
    version: hooks.version,
    async articleView(document) {
      return (await hooks.registry.sessionFor(document, { create: false }))?.view;
    },
    decorations: (editor) => asRecord(hooks.decorations.rangesOf(editor)),
    statusBarText: () => hooks.statusBar.text,
    navigationNotice: hooks.lastNotice,
    suggestions: (editor) => asRecord(hooks.suggestions.rangesOf(editor)),
    suggestionRuns: hooks.suggestionRuns,
    suggestionHover: (editor, position) => hooks.suggestions.hoverAt(editor, position),
    outline: outlineApi(hooks.outline),
    lastWarning: hooks.lastWarning,
    setMaxArticleLength: hooks.setMaxArticleLength,
    documentSymbolRequests: () => hooks.symbols.requests,
    corpusView: { state: () => hooks.corpusView.lastRendered, search: (text) => hooks.corpusView.setFilter(text) },
    workspaceIndex: { lastBuild: () => hooks.workspaceIndex.lastBuild, idle: () => hooks.workspaceIndex.idle(), restart: () => hooks.workspaceIndex.restart() },
    async disagreements() {
      const tree = compare().tree;
      const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
      return Promise.all((await tree.getChildren()).map(async (group) => ({
        label: labelOf(await tree.getTreeItem(group)),
        children: await Promise.all((await tree.getChildren(group)).map(async (node) => {
          const item = await tree.getTreeItem(node);
          return { label: labelOf(item), ...(item.contextValue ? { contextValue: item.contextValue } : {}), node };
        })),
      })));
    },
    comparison: (editor) => ({ ranges: asRecord(compare().decorations.rangesOf(editor)), statusBarText: compare().statusBarText() }),
  };
}

function outlineApi({ source, view }: TestHooks['outline']): OutlineTestApi {
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
