import * as vscode from 'vscode';
import { mentionUnder } from '../../core/navigation';
import { actorNodeId, type OutlineNode } from '../../core/outline/outlineModel';
import type { ArticleRegistry } from '../articleRegistry';
import { OutlineDragAndDrop } from './outlineDragAndDrop';
import { OutlineProvider } from './outlineProvider';
import type { OutlineSource } from './outlineSource';
import type { OutlineState } from './outlineState';
import { outlineTreeItem } from './outlineTreeItem';

/** How often a reveal is tried before its failure is reported. */
const REVEAL_ATTEMPTS = 4;

/**
 * One outline TreeView (the Marginalia container's, or the Explorer's): its provider, its
 * expansion memory, its title (scope and filter), and following the cursor — the actor under
 * the cursor is revealed and selected without taking the focus, only while the view is visible.
 */
export class OutlineView implements vscode.Disposable {
  readonly treeView: vscode.TreeView<OutlineNode>;
  readonly provider: OutlineProvider;
  readonly dragAndDrop: OutlineDragAndDrop;
  private readonly disposables: vscode.Disposable[] = [];
  /** A branch was closed (Collapse All): the selected actor may be hidden, reveal it again. */
  private collapsedSinceReveal = false;
  /** Counts the cursor moves that asked for a reveal: only the latest is carried out. */
  private revealRequest = 0;

  constructor(
    viewId: string,
    private readonly registry: ArticleRegistry,
    private readonly source: OutlineSource,
    private readonly state: OutlineState,
  ) {
    this.provider = new OutlineProvider(source, outlineTreeItem);
    this.dragAndDrop = new OutlineDragAndDrop(registry, source);
    this.treeView = vscode.window.createTreeView(viewId, {
      treeDataProvider: this.provider,
      dragAndDropController: this.dragAndDrop,
      showCollapseAll: true,
      canSelectMany: true,
    });
    this.disposables.push(
      this.treeView,
      this.provider,
      this.treeView.onDidExpandElement(({ element }) => this.provider.setExpanded(element, true)),
      this.treeView.onDidCollapseElement(({ element }) => {
        this.provider.setExpanded(element, false);
        this.collapsedSinceReveal = true;
      }),
      source.onDidChange(() => this.updateTitle()),
      state.onDidChange(() => this.updateTitle()),
      vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => void this.followCursor(textEditor).catch(reportFollowFailure)),
      this.treeView.onDidChangeVisibility(({ visible }) => {
        this.provider.setVisible(visible);
        if (visible && vscode.window.activeTextEditor) void this.followCursor(vscode.window.activeTextEditor).catch(reportFollowFailure);
      }),
    );
    this.provider.setVisible(this.treeView.visible);
    this.updateTitle();
  }

  /** Reveals the node of the actor mentioned under the cursor, unless the selection already shows it. */
  async followCursor(editor: vscode.TextEditor): Promise<void> {
    // Any later move of the cursor supersedes this one, even onto no mention.
    const request = ++this.revealRequest;
    if (!this.treeView.visible) return;
    const session = this.registry.get(editor.document.uri);
    if (!session) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const mention = mentionUnder(session.view, offset);
    if (!mention) return;
    await this.source.settled();
    const key = editor.document.uri.toString();
    const selected = this.treeView.selection[0];
    // A click on a mention in the tree moved the cursor there: keep that mention selected.
    if (selected?.kind === 'mention' && selected.article === key && selected.span && selected.span.start <= offset && offset <= selected.span.end) return;
    // Already selected, and no branch closed since: nothing to do (after Collapse All it is hidden).
    if (selected?.id === actorNodeId(mention.actorId) && !this.collapsedSinceReveal) return;
    await this.revealActor(actorNodeId(mention.actorId), request);
  }

  /**
   * Reveals a node. Right after a refresh or a change of article VS Code may not have resolved
   * the new item yet ("Cannot resolve tree item"), and the outline may still show the previous
   * article (no such node yet): so more tries follow once the tree has settled, each after a
   * longer wait (a busy machine may take seconds to answer the first). `request` is the
   * cursor move that asked: a later move supersedes it.
   */
  private async revealActor(id: string, request: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      // A reveal while VS Code loads the tree would start a second, overlapping load.
      await this.provider.idle();
      await this.source.settled();
      // The cursor moved on while this one waited: only the latest position is revealed.
      if (!this.treeView.visible || request !== this.revealRequest) return;
      const node = this.source.node(id);
      try {
        if (node) {
          await this.treeView.reveal(node, { select: true, focus: false, expand: false });
          this.collapsedSinceReveal = false;
          return;
        }
      } catch (error) {
        if (attempt >= REVEAL_ATTEMPTS) throw error;
      }
      if (attempt >= REVEAL_ATTEMPTS) return;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }

  private updateTitle(): void {
    const filter = this.state.filter;
    const scope = this.state.scope === 'workspace' ? vscode.l10n.t('Workspace') : this.source.articleUri ? vscode.workspace.asRelativePath(this.source.articleUri) : '';
    this.treeView.description = filter ? `${scope} · ${vscode.l10n.t('filter: {0}', filter)}` : scope;
    this.treeView.message =
      filter && this.source.status === 'filteredEmpty'
        ? vscode.l10n.t('Nothing matches "{0}".', filter)
        : filter
          ? vscode.l10n.t('Filtered by "{0}".', filter)
          : undefined;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** Following the cursor is a convenience: a failure is logged, never shown as an error. */
function reportFollowFailure(error: unknown): void {
  console.warn(`Marginalia: the outline could not follow the cursor: ${error instanceof Error ? error.message : String(error)}`);
}
