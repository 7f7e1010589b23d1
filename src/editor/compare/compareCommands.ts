import * as vscode from 'vscode';
import type { Disagreement } from '../../core/agreement/disagreements';
import { acceptFromThere, dropHere } from '../../core/agreement/reconcile';
import type { ArticleRegistry } from '../articleRegistry';
import { activeArticle, guarded } from '../commands/context';
import { BranchComparisons } from './branchComparison';
import { CompareDecorations, describeDisagreement } from './compareDecorations';
import { DisagreementTree, revealDisagreement } from './disagreementTree';
import { gitFor, readOtherSidecar, revisionsToOffer } from './otherRevision';

/** What the comparison gives the test API. */
export interface CompareFeature {
  readonly comparisons: BranchComparisons;
  readonly decorations: CompareDecorations;
  readonly statusBarText: () => string | undefined;
  readonly tree: DisagreementTree;
  readonly disposables: readonly vscode.Disposable[];
}

/**
 * `Compare Annotations with Branch…` and what goes with it: the disagreements listed, walked,
 * accepted from the other branch or dropped here (undoable edits of this branch's sidecar),
 * and the article's agreement in the status bar.
 */
export function registerCompare(registry: ArticleRegistry): CompareFeature {
  const comparisons = new BranchComparisons(registry);
  const decorations = new CompareDecorations(comparisons);
  const tree = new DisagreementTree(comparisons);
  const status = vscode.window.createStatusBarItem('marginalia.compare', vscode.StatusBarAlignment.Right, 99);
  status.name = vscode.l10n.t('Marginalia comparison');
  status.command = 'marginalia.showDisagreements';
  let statusShown: string | undefined;
  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    const state = editor && comparisons.get(editor.document.uri);
    void vscode.commands.executeCommand('setContext', 'marginalia:comparing', state !== undefined);
    if (!state) {
      status.hide();
      statusShown = undefined;
      return;
    }
    const figure = (x: number | null) => (x === null ? '–' : x.toFixed(2));
    status.text = `$(git-compare) ${state.other.revision}: F1 ${figure(state.f1)} · κ ${figure(state.kappa)} · ${state.comparison.disagreements.length}`;
    status.tooltip = vscode.l10n.t('Agreement with {0}: F1 {1} (overlapping mentions), κ {2}; {3} disagreements — list them',
      state.other.revision, figure(state.f1), figure(state.kappa), state.comparison.disagreements.length);
    status.show();
    statusShown = status.text;
  };

  const settle = async (how: 'accept' | 'drop', target?: Disagreement): Promise<boolean> => {
    const context = await activeArticle(registry, { create: false });
    if (!context) return false;
    const state = comparisons.get(context.editor.document.uri);
    const disagreement = target ?? comparisons.at(context.editor.document.uri, context.selection.start);
    if (!state || !disagreement) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No disagreement with the other branch here.'));
      return false;
    }
    const label = how === 'accept' ? vscode.l10n.t('Accept from {0}', state.other.revision) : vscode.l10n.t('Drop this branch’s annotation');
    await context.session.update(label, () => (how === 'accept' ? acceptFromThere(context.session.view, state.there, disagreement) : dropHere(context.session.view, disagreement)));
    return true;
  };

  const disposables: vscode.Disposable[] = [
    comparisons,
    decorations,
    tree,
    vscode.window.createTreeView('marginalia.disagreements', { treeDataProvider: tree, showCollapseAll: true }),
    vscode.commands.registerCommand('marginalia.revealDisagreement', (uri: vscode.Uri, d: Disagreement) => revealDisagreement(uri, d)),
    status,
    comparisons.onDidChange(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.commands.registerCommand('marginalia.compareWithBranch', guarded(async (revision?: string) => {
      const context = await activeArticle(registry, { create: false });
      if (!context) return false;
      let chosen = revision;
      if (chosen === undefined) {
        const { gitPath, root } = await gitFor(context.editor.document);
        const other = vscode.l10n.t('Another revision…');
        const picked = await vscode.window.showQuickPick([...await revisionsToOffer(gitPath, root), other], { placeHolder: vscode.l10n.t('Compare this article’s annotations with the branch…') });
        chosen = picked === other ? await vscode.window.showInputBox({ prompt: vscode.l10n.t('A branch, tag or commit') }) : picked;
      }
      if (!chosen) return false;
      const sidecar = await readOtherSidecar(context.editor.document, chosen.trim());
      if (sidecar.missing) void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no annotations for this article: everything here is only on this branch.', sidecar.revision));
      return comparisons.set(context.session, sidecar).comparison.disagreements.length;
    })),
    vscode.commands.registerCommand('marginalia.stopComparing', () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) comparisons.clear(editor.document.uri);
    }),
    vscode.commands.registerCommand('marginalia.nextDisagreement', () => {
      const editor = vscode.window.activeTextEditor;
      const state = editor && comparisons.get(editor.document.uri);
      if (!editor || !state || state.comparison.disagreements.length === 0) return false;
      const offset = editor.document.offsetAt(editor.selection.active);
      const list = state.comparison.disagreements;
      const next = list.find((d) => d.span.start > offset) ?? list[0]!;
      const range = new vscode.Range(editor.document.positionAt(next.span.start), editor.document.positionAt(next.span.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return true;
    }),
    // From the tree's context menu the argument is its node, which holds the disagreement.
    vscode.commands.registerCommand('marginalia.acceptDisagreement', guarded((target?: Disagreement | { disagreement: Disagreement }) => settle('accept', fromNode(target)))),
    vscode.commands.registerCommand('marginalia.dropDisagreement', guarded((target?: Disagreement | { disagreement: Disagreement }) => settle('drop', fromNode(target)))),
    vscode.commands.registerCommand('marginalia.showDisagreements', guarded(async () => {
      const editor = vscode.window.activeTextEditor;
      const state = editor && comparisons.get(editor.document.uri);
      if (!editor || !state) return false;
      const text = editor.document.getText();
      const items = state.comparison.disagreements.map((d) => ({
        label: text.slice(d.span.start, d.span.end).replace(/\s+/gu, ' ').slice(0, 80),
        description: describeDisagreement(d, state.other.revision),
        disagreement: d,
      }));
      const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Disagreements with {0}', state.other.revision) });
      if (!picked) return false;
      const d = picked.disagreement;
      editor.selection = new vscode.Selection(editor.document.positionAt(d.span.start), editor.document.positionAt(d.span.end));
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      const accept = vscode.l10n.t('Accept {0}’s version', state.other.revision);
      const drop = vscode.l10n.t('Drop this branch’s annotation');
      const canAccept = d.kind === 'speaker' || d.side === 'there';
      const action = await vscode.window.showQuickPick(canAccept ? [accept] : [drop], { placeHolder: picked.description });
      if (action === accept) return settle('accept', d);
      if (action === drop) return settle('drop', d);
      return false;
    })),
  ];
  updateStatus();
  return { comparisons, decorations, statusBarText: () => statusShown, tree, disposables };
}

function fromNode(target: Disagreement | { disagreement: Disagreement } | undefined): Disagreement | undefined {
  return target && 'disagreement' in target ? target.disagreement : target;
}
