import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import { acceptSuggestions, rejectSuggestions, type PendingSuggestion, type SuggestionKind } from '../../core/suggestions';
import type { ArticleRegistry } from '../articleRegistry';
import { guarded } from '../commands/context';
import { kindLabel } from '../localizedLabels';
import type { SuggestionStore } from './suggestionStore';

/** Names one suggestion (what the Quick Fix passes), or none: the one under the cursor. */
export interface SuggestionArgs {
  readonly uri?: string;
  readonly kind?: SuggestionKind;
  readonly start?: number;
  readonly end?: number;
}

/** `{kind}` accepts every suggestion of that kind (`'all'`: every one) without asking. */
export interface AcceptSuggestionsArgs {
  readonly kind?: SuggestionKind | 'all';
}

/** Registers marginalia.acceptSuggestion, marginalia.acceptSuggestions and marginalia.rejectSuggestion. */
export function registerSuggestionCommands(registry: ArticleRegistry, store: SuggestionStore): vscode.Disposable[] {
  const apply = async (document: vscode.TextDocument, chosen: readonly PendingSuggestion[], verb: 'accept' | 'reject') => {
    if (chosen.length === 0) return void vscode.window.showInformationMessage(vscode.l10n.t('No suggestion here.'));
    const session = await registry.sessionFor(document, { create: true });
    if (!session) return;
    const label = undoLabel(verb, chosen);
    const actors = store.workspaceActors(document);
    await session.update(label, (annotations) =>
      verb === 'accept' ? acceptSuggestions(annotations, session.view.text, chosen, actors) : rejectSuggestions(annotations, session.view.text, chosen),
    );
  };
  const one = (verb: 'accept' | 'reject') =>
    guarded(async (args?: SuggestionArgs) => {
      const target = await targetOf(args);
      if (!target) return;
      await apply(target.document, store.get(target.document).filter((s) => matches(s, target.span, args?.kind)).slice(0, 1), verb);
    });
  return [
    vscode.commands.registerCommand('marginalia.acceptSuggestion', one('accept')),
    vscode.commands.registerCommand('marginalia.rejectSuggestion', one('reject')),
    vscode.commands.registerCommand(
      'marginalia.acceptSuggestions',
      guarded(async (args?: AcceptSuggestionsArgs) => {
        const editor = vscode.window.activeTextEditor;
        if (!editor) return;
        const document = editor.document;
        const selection: Span = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
        let candidates = store.get(document);
        if (selection.end > selection.start) candidates = candidates.filter((s) => s.span.start >= selection.start && s.span.end <= selection.end);
        const kind = args?.kind ?? (selection.end > selection.start ? 'all' : await pickKind(candidates));
        if (!kind) return;
        await apply(document, kind === 'all' ? candidates : candidates.filter((s) => s.kind === kind), 'accept');
      }),
    ),
  ];
}

function matches(suggestion: PendingSuggestion, span: Span, kind: SuggestionKind | undefined): boolean {
  if (kind && suggestion.kind !== kind) return false;
  return span.end > span.start ? suggestion.span.start === span.start && suggestion.span.end === span.end : suggestion.span.start <= span.start && span.start <= suggestion.span.end;
}

async function targetOf(args: SuggestionArgs | undefined): Promise<{ document: vscode.TextDocument; span: Span } | undefined> {
  if (args?.uri && args.start !== undefined && args.end !== undefined) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
    return { document, span: { start: args.start, end: args.end } };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  return { document: editor.document, span: { start: offset, end: offset } };
}

async function pickKind(candidates: readonly PendingSuggestion[]): Promise<SuggestionKind | 'all' | undefined> {
  const counts = new Map<SuggestionKind, number>();
  for (const s of candidates) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  if (counts.size === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No suggestions in this article.'));
    return undefined;
  }
  const items: (vscode.QuickPickItem & { suggestionKind: SuggestionKind | 'all' })[] = [
    { label: vscode.l10n.t('All suggestions'), description: String(candidates.length), suggestionKind: 'all' },
    ...[...counts].map(([kind, count]) => ({ label: kindLabel(kind), description: String(count), suggestionKind: kind })),
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Accept which suggestions?') }))?.suggestionKind;
}

/** What Undo names: "accept person Francisca Bostyn", "reject 3 suggestions". */
function undoLabel(verb: 'accept' | 'reject', chosen: readonly PendingSuggestion[]): string {
  const [first] = chosen;
  if (chosen.length === 1 && first) {
    return verb === 'accept' ? vscode.l10n.t('accept {0} {1}', kindLabel(first.kind), first.text) : vscode.l10n.t('reject {0} {1}', kindLabel(first.kind), first.text);
  }
  return verb === 'accept' ? vscode.l10n.t('accept {0} suggestions', chosen.length) : vscode.l10n.t('reject {0} suggestions', chosen.length);
}
