import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleScope } from '../articleScope';
import type { WorkspaceIndex } from '../workspaceIndex';
import { SuggestionCodeActions } from './suggestionCodeActions';
import { registerSuggestionCommands } from './suggestionCommands';
import { SuggestionDecorations } from './suggestionDecorations';
import type { RanIn, SuggestionRunner } from './suggestionRunner';
import { SuggestionStore } from './suggestionStore';

export interface Suggestions {
  readonly store: SuggestionStore;
  readonly decorations: SuggestionDecorations;
  readonly disposables: vscode.Disposable[];
  readonly runs: SuggestionRuns;
}

/** How the suggestions were computed, for the integration tests (src/editor/testApi.ts). */
export interface SuggestionRuns {
  ranIn(document: vscode.TextDocument): RanIn | undefined;
  /** Results discarded because the text changed while they were computed. */
  readonly staleResults: number;
  computing(document: vscode.TextDocument): boolean;
  /** Makes the worker hold each answer this long (0: answer at once), to edit while it computes. */
  holdWorkerAnswers(ms: number): void;
}

/**
 * Wires the suggestions: store, faint decorations, Quick Fixes and commands. The suggesters run
 * where `runner` runs them: a worker thread on the desktop (./desktopRunner.ts), this thread in
 * the web worker host (`InThreadSuggestionRunner`).
 */
export function registerSuggestions(registry: ArticleRegistry, index: WorkspaceIndex, articles: ArticleScope, runner: SuggestionRunner): Suggestions {
  const store = new SuggestionStore(registry, index, articles, runner);
  const decorations = new SuggestionDecorations(store);
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];
  return {
    store,
    decorations,
    runs: {
      ranIn: (document) => store.ranIn(document),
      get staleResults() {
        return store.staleResults;
      },
      computing: (document) => store.computing(document),
      holdWorkerAnswers: (ms) => {
        runner.holdAnswers?.(ms);
      },
    },
    disposables: [
      store,
      decorations,
      vscode.languages.registerCodeActionsProvider(selector, new SuggestionCodeActions(store, registry), SuggestionCodeActions.metadata),
      ...registerSuggestionCommands(registry, store),
    ],
  };
}
