import * as vscode from 'vscode';
import { formatCitation } from '../../core/outline/citation';
import type { OutlineNode } from '../../core/outline/outlineModel';
import { guarded } from '../commands/context';
import { revealSpan } from './outlineArticles';
import type { OutlineSource } from './outlineSource';
import type { OutlineState } from './outlineState';

/**
 * The outline's own commands: reveal a location, copy a quotation as a citation, scope, sort
 * and filter. Actor and quotation edits reuse the annotation commands, which accept a node.
 */
export function registerOutlineCommands(source: OutlineSource, state: OutlineState): vscode.Disposable[] {
  const register = (id: string, body: (...args: never[]) => Promise<unknown>) => vscode.commands.registerCommand(id, guarded(body));
  return [
    register('marginalia.outline.reveal', async (node?: OutlineNode) => {
      if (node && 'span' in node && node.span && 'article' in node) await revealSpan(node.article, node.span);
    }),
    register('marginalia.outline.copyCitation', async (node?: OutlineNode) => {
      if (node?.kind !== 'quotation' || !node.text) return;
      const citation = formatCitation(node.text, node.speaker, vscode.workspace.asRelativePath(vscode.Uri.parse(node.article)));
      await vscode.env.clipboard.writeText(citation);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Marginalia: citation copied'), 3000);
    }),
    register('marginalia.outline.scopeWorkspace', () => state.setScope('workspace')),
    register('marginalia.outline.scopeArticle', () => state.setScope('article')),
    register('marginalia.outline.sortByCount', () => state.setSort('count')),
    register('marginalia.outline.sortByAppearance', () => state.setSort('appearance')),
    register('marginalia.outline.filter', async (args?: { filter?: string }) => {
      const filter =
        typeof args?.filter === 'string'
          ? args.filter
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Filter the outline'),
              prompt: vscode.l10n.t('Actors (names and aliases), speakers and topics containing…'),
              value: state.filter ?? '',
            });
      if (filter === undefined) return;
      state.setFilter(filter);
      await source.settled();
    }),
    register('marginalia.outline.clearFilter', async () => {
      state.setFilter(undefined);
      await source.settled();
    }),
  ];
}
