import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleScope } from '../articleScope';
import type { WorkspaceIndex } from '../workspaceIndex';
import { SuggestionCodeActions } from './suggestionCodeActions';
import { registerSuggestionCommands } from './suggestionCommands';
import { SuggestionDecorations } from './suggestionDecorations';
import { SuggestionStore } from './suggestionStore';

export interface Suggestions {
  readonly store: SuggestionStore;
  readonly decorations: SuggestionDecorations;
  readonly disposables: vscode.Disposable[];
}

/** Wires the suggestions: store, faint decorations, Quick Fixes and commands. */
export function registerSuggestions(registry: ArticleRegistry, index: WorkspaceIndex, articles: ArticleScope): Suggestions {
  const store = new SuggestionStore(registry, index, articles);
  const decorations = new SuggestionDecorations(store);
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];
  return {
    store,
    decorations,
    disposables: [
      store,
      decorations,
      vscode.languages.registerCodeActionsProvider(selector, new SuggestionCodeActions(store, registry), SuggestionCodeActions.metadata),
      ...registerSuggestionCommands(registry, store),
    ],
  };
}
