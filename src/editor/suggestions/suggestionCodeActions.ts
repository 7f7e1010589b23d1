import * as vscode from 'vscode';
import type { PendingSuggestion } from '../../core/suggestions';
import type { ArticleRegistry } from '../articleRegistry';
import { kindLabel } from '../localizedLabels';
import type { SuggestionArgs } from './suggestionCommands';
import type { SuggestionStore } from './suggestionStore';
import { oneLine } from '../../core/shorten';

/** Quick Fixes on a suggestion: accept it, reject it (remembered in the sidecar), accept all of its kind. */
export class SuggestionCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly store: SuggestionStore,
    private readonly registry: ArticleRegistry,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const under = this.store.get(document).filter((s) => s.span.start <= end && start <= s.span.end);
    const actions: vscode.CodeAction[] = [];
    for (const suggestion of under) {
      const args: SuggestionArgs = { uri: document.uri.toString(), kind: suggestion.kind, start: suggestion.span.start, end: suggestion.span.end };
      const accept = new vscode.CodeAction(this.acceptTitle(document, suggestion), vscode.CodeActionKind.QuickFix);
      accept.command = { command: 'marginalia.acceptSuggestion', title: accept.title, arguments: [args] };
      accept.isPreferred = true;
      const reject = new vscode.CodeAction(vscode.l10n.t('Reject suggestion "{0}"', short(suggestion.text)), vscode.CodeActionKind.QuickFix);
      reject.command = { command: 'marginalia.rejectSuggestion', title: reject.title, arguments: [args] };
      actions.push(accept, reject);
    }
    for (const kind of new Set(under.map((s) => s.kind))) {
      const all = new vscode.CodeAction(vscode.l10n.t('Accept every {0} suggestion of this article', kindLabel(kind)), vscode.CodeActionKind.QuickFix);
      all.command = { command: 'marginalia.acceptSuggestions', title: all.title, arguments: [{ kind }] };
      actions.push(all);
    }
    return actions;
  }

  private acceptTitle(document: vscode.TextDocument, suggestion: PendingSuggestion): string {
    const actorName = (id: string) => this.registry.get(document.uri)?.view.actorsById.get(id)?.name ?? this.store.workspaceActors(document).get(id)?.name ?? id;
    if (suggestion.kind === 'quotation') {
      const speaker = suggestion.speaker;
      if (suggestion.quotationKind === 'indirect') {
        if (!speaker) return vscode.l10n.t('Accept indirect speech {0}', short(suggestion.text));
        return vscode.l10n.t('Accept indirect speech {0}, said by {1}', short(suggestion.text), speaker.actorId ? actorName(speaker.actorId) : speaker.refersTo ?? speaker.text);
      }
      if (!speaker) return vscode.l10n.t('Accept quotation {0}', short(suggestion.text));
      return vscode.l10n.t('Accept quotation {0}, said by {1}', short(suggestion.text), speaker.actorId ? actorName(speaker.actorId) : speaker.refersTo ?? speaker.text);
    }
    if (suggestion.actorId) return vscode.l10n.t('Accept "{0}" as a mention of {1}', suggestion.text, actorName(suggestion.actorId));
    return vscode.l10n.t('Accept "{0}" as a new {1}', suggestion.text, kindLabel(suggestion.kind));
  }
}

function short(text: string): string {
  return oneLine(text, 40);
}
