import * as vscode from 'vscode';
import { DEFAULT_ACTOR_TYPES } from '../../core/model';
import { indexOutline, type IndexedNode } from '../../core/outline/outlineIndex';
import { buildOutline, type OutlineArticle, type OutlineNode } from '../../core/outline/outlineModel';
import { isArticle, openDocument } from '../articleFiles';
import type { ArticleRegistry } from '../articleRegistry';
import type { WorkspaceIndex } from '../workspaceIndex';
import type { OutlineState } from './outlineState';

/** Why the outline is empty, for the welcome view (context key `marginalia:outlineState`). */
export type OutlineStatus = 'noArticle' | 'empty' | 'filteredEmpty' | 'items';

const DEBOUNCE_MS = 120;

/**
 * The outline nodes of the current scope: the active article, or every annotated article of the
 * workspace. Recomputed (debounced) when an article, the active editor or the user's choices
 * change; every tree view of the outline reads the same nodes.
 */
export class OutlineSource implements vscode.Disposable {
  private roots: readonly OutlineNode[] = [];
  private index = new Map<string, IndexedNode>();
  private currentStatus: OutlineStatus = 'noArticle';
  private article: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<void> | undefined;
  private generation = 0;
  private signature = '';
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the nodes were recomputed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly registry: ArticleRegistry,
    private readonly workspace: WorkspaceIndex,
    private readonly state: OutlineState,
  ) {
    this.article = this.activeArticle(vscode.window.activeTextEditor);
    this.disposables.push(
      registry.onDidChange(() => this.schedule()),
      state.onDidChange(() => this.schedule(0)),
      workspace.onDidChange(() => {
        if (this.state.scope === 'workspace') this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focus moving to the tree or a panel keeps the article shown; another article replaces it.
        const article = this.activeArticle(editor);
        if (article && article.toString() !== this.article?.toString()) {
          this.article = article;
          this.schedule(0);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === this.article?.toString()) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  get nodes(): readonly OutlineNode[] {
    return this.roots;
  }
  get status(): OutlineStatus {
    return this.currentStatus;
  }
  /** The article shown in article scope. */
  get articleUri(): vscode.Uri | undefined {
    return this.article;
  }

  node(id: string): OutlineNode | undefined {
    return this.index.get(id)?.node;
  }
  parentOf(node: OutlineNode): OutlineNode | undefined {
    return this.index.get(node.id)?.parent;
  }
  /** The nearest ancestor of a kind (the actor of a mention, also under a file node). */
  parentOfKind<K extends OutlineNode['kind']>(node: OutlineNode, kind: K): Extract<OutlineNode, { kind: K }> | undefined {
    for (let at = this.parentOf(node); at; at = this.parentOf(at)) {
      if (at.kind === kind) return at as Extract<OutlineNode, { kind: K }>;
    }
    return undefined;
  }

  /** Resolves once the nodes reflect every change seen so far. */
  async settled(): Promise<void> {
    while (this.timer !== undefined || this.pending !== undefined) {
      if (this.timer !== undefined) this.flush();
      await this.pending;
    }
  }

  /** Recomputes soon; changes in quick succession (typing) cost one recomputation. */
  schedule(delay = DEBOUNCE_MS): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), delay);
  }

  private flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const generation = ++this.generation;
    const run = this.compute(generation).finally(() => {
      if (this.pending === run) this.pending = undefined;
    });
    this.pending = run;
  }

  private async compute(generation: number): Promise<void> {
    const articles = await this.articles();
    if (generation !== this.generation) return; // a newer computation has started
    const filter = this.state.filter;
    const roots = buildOutline(articles, { sort: this.state.sort, typeOrder: DEFAULT_ACTOR_TYPES, ...(filter ? { filter } : {}) });
    const annotated = articles.some(({ view: { annotations: a } }) => a.actors.length + a.quotations.length + a.topics.length > 0);
    const articleOpen = this.state.scope === 'workspace' || (this.article !== undefined && openDocument(this.article) !== undefined);
    const status: OutlineStatus = roots.length > 0 ? 'items' : annotated ? 'filteredEmpty' : articleOpen ? 'empty' : 'noArticle';
    const signature = `${status}\n${JSON.stringify(roots)}`;
    // Nothing the tree shows changed (a keystroke far from any annotation, a second load event):
    // no refresh, so VS Code is not asked to fetch the tree again while it is still fetching it.
    if (signature === this.signature) return;
    this.signature = signature;
    this.roots = roots;
    this.index = indexOutline(this.roots);
    this.currentStatus = status;
    void vscode.commands.executeCommand('setContext', 'marginalia:outlineState', this.currentStatus);
    this.changed.fire();
  }

  private async articles(): Promise<OutlineArticle[]> {
    if (this.state.scope === 'workspace') {
      const articles = await this.workspace.all();
      const views = await Promise.all(articles.map((article) => article.view()));
      return articles.flatMap(({ uri }, i) => {
        const view = views[i];
        return view ? [{ key: uri.toString(), label: vscode.workspace.asRelativePath(uri), view }] : [];
      });
    }
    const session = this.article && this.registry.get(this.article);
    if (!session) return [];
    return [{ key: session.document.uri.toString(), label: vscode.workspace.asRelativePath(session.document.uri), view: session.view }];
  }

  private activeArticle(editor: vscode.TextEditor | undefined): vscode.Uri | undefined {
    return editor && isArticle(editor.document) ? editor.document.uri : undefined;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
