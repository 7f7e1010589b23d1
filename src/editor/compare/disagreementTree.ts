import * as vscode from 'vscode';
import type { Disagreement } from '../../core/agreement/disagreements';
import type { BranchComparisons } from './branchComparison';
import { describeDisagreement } from './compareDecorations';

type Group = 'onlyHere' | 'onlyThere' | 'speaker';
type Node = { readonly group: Group } | { readonly disagreement: Disagreement; readonly uri: vscode.Uri; readonly text: string };

const GROUPS: readonly Group[] = ['onlyThere', 'onlyHere', 'speaker'];

function groupOf(d: Disagreement): Group {
  return d.kind === 'speaker' ? 'speaker' : d.side === 'here' ? 'onlyHere' : 'onlyThere';
}

/**
 * The disagreements of the compared article in a tree, by kind: what only the other branch
 * has (accept it), what only this branch has (drop it), quotations whose speakers differ.
 * A click selects the passage; the context menu accepts or drops.
 */
export class DisagreementTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly comparisons: BranchComparisons) {
    this.disposables.push(comparisons.onDidChange(() => this.changed.fire()), vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire()));
  }

  private current() {
    const editor = vscode.window.activeTextEditor;
    const state = editor && this.comparisons.get(editor.document.uri);
    return editor && state ? { editor, state } : undefined;
  }

  getChildren(node?: Node): Node[] {
    const current = this.current();
    if (!current) return [];
    const { editor, state } = current;
    const all = state.comparison.disagreements;
    if (!node) return GROUPS.filter((g) => all.some((d) => groupOf(d) === g)).map((group) => ({ group }));
    if (!('group' in node)) return [];
    const text = editor.document.getText();
    return all.filter((d) => groupOf(d) === node.group).map((disagreement) => ({ disagreement, uri: editor.document.uri, text }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const current = this.current();
    const revision = current?.state.other.revision ?? '';
    if ('group' in node) {
      const count = current?.state.comparison.disagreements.filter((d) => groupOf(d) === node.group).length ?? 0;
      const label =
        node.group === 'onlyThere' ? vscode.l10n.t('Only on {0}', revision) : node.group === 'onlyHere' ? vscode.l10n.t('Only on this branch') : vscode.l10n.t('Different speakers');
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.group}`;
      item.description = String(count);
      return item;
    }
    const { disagreement: d, uri, text } = node;
    const item = new vscode.TreeItem(text.slice(d.span.start, d.span.end).replace(/\s+/gu, ' ').slice(0, 60));
    item.id = `${d.kind}:${'side' in d ? d.side : ''}:${d.span.start}:${d.span.end}`;
    item.tooltip = describeDisagreement(d, revision);
    item.description = d.kind === 'mention' ? d.actorName : d.kind === 'quotation' ? vscode.l10n.t('quotation') : vscode.l10n.t('speaker');
    item.iconPath = new vscode.ThemeIcon(d.kind === 'mention' ? 'symbol-field' : 'quote');
    // The menu offers what settles it: accept what only the other has or its speaker, drop what only this one has.
    item.contextValue = d.kind === 'speaker' || d.side === 'there' ? 'disagreement.acceptable' : 'disagreement.droppable';
    item.command = { command: 'marginalia.revealDisagreement', title: '', arguments: [uri, d] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Selects a disagreement's passage in its article. */
export async function revealDisagreement(uri: vscode.Uri, d: Disagreement): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
  const range = new vscode.Range(editor.document.positionAt(d.span.start), editor.document.positionAt(d.span.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
