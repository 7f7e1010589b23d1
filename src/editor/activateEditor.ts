import * as vscode from 'vscode';
import { followArticleMoves } from './articleMoves';
import { ArticleRegistry } from './articleRegistry';
import { ArticleScope } from './articleScope';
import { registerAnnotationCommands } from './commands/annotationCommands';
import { guarded } from './commands/context';
import { trackContextKeys } from './contextKeys';
import { CorpusView } from './corpus/corpusPanel';
import { ActorDecorations } from './decorations';
import { AnnotationDiagnostics } from './diagnostics';
import { log } from './log';
import { registerNavigation } from './navigation';
import { ArticleSymbolProvider } from './navigation/documentSymbolProvider';
import { createOutline, type OutlineFeature } from './outline/outlineFeature';
import { openSampleArticle } from './sampleArticle';
import { registerSharedActors, SharedActorsStore } from './sharedActors';
import { registerSpeakerLabels } from './speakerLabels';
import { AnnotationStatusBar } from './statusBar';
import { registerSuggestions, type SuggestionRuns } from './suggestions';
import type { SuggestionDecorations } from './suggestions/suggestionDecorations';
import type { SuggestionRunner } from './suggestions/suggestionRunner';
import { WorkspaceIndex } from './workspaceIndex';

/** What both entries wire, for the test hooks and the desktop's own features. */
export interface EditorFeatures {
  readonly registry: ArticleRegistry;
  readonly decorations: ActorDecorations;
  readonly suggestions: SuggestionDecorations;
  readonly suggestionRuns: SuggestionRuns;
  readonly statusBar: AnnotationStatusBar;
  readonly outline: OutlineFeature;
  readonly symbols: ArticleSymbolProvider;
  readonly corpusView: CorpusView;
  readonly workspaceIndex: WorkspaceIndex;
}

/**
 * Everything that works without Node, in the desktop (src/extension.ts) and the web worker
 * (src/extensionWeb.ts) extension hosts alike: files only through `vscode.workspace.fs`. The
 * suggesters run where `suggestionRunner` runs them (a worker thread on the desktop).
 */
export function activateEditor(context: vscode.ExtensionContext, suggestionRunner: SuggestionRunner): EditorFeatures {
  const registry = new ArticleRegistry();
  const articles = new ArticleScope(registry);
  const sharedActors = new SharedActorsStore();
  const workspaceIndex = new WorkspaceIndex(registry, context.storageUri, sharedActors);
  const decorations = new ActorDecorations(registry);
  const statusBar = new AnnotationStatusBar(registry);
  const suggestions = registerSuggestions(registry, workspaceIndex, articles, suggestionRunner);
  const outline = createOutline(registry, workspaceIndex, context.workspaceState);
  const symbols = new ArticleSymbolProvider(registry);
  const corpusView = new CorpusView(context.extensionUri, workspaceIndex, { propertiesOf: (actor) => sharedActors.propertiesOf(actor) });
  context.subscriptions.push(
    log(),
    registry,
    articles,
    ...registerSharedActors(registry, sharedActors),
    workspaceIndex,
    decorations,
    ...registerSpeakerLabels(registry),
    new AnnotationDiagnostics(registry),
    statusBar,
    trackContextKeys(registry),
    followArticleMoves(),
    ...registerAnnotationCommands(registry, workspaceIndex),
    // Next/previous mention and quotation, definition, references, rename, symbols, hover, highlights.
    ...registerNavigation(registry, workspaceIndex, symbols),
    ...suggestions.disposables,
    outline,
    vscode.commands.registerCommand('marginalia.startAnnotating', guarded(async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an article (.txt or .md) to annotate it.'));
        return false;
      }
      return articles.startAnnotating(document);
    })),
    corpusView,
    vscode.commands.registerCommand('marginalia.openCorpusView', () => corpusView.show()),
    vscode.commands.registerCommand('marginalia.openSample', guarded(() => openSampleArticle(context.extensionUri, context.globalStorageUri))),
    // The status bar item's target; the palette has VS Code's own "Focus on Outline View".
    vscode.commands.registerCommand('marginalia.showOutline', () =>
      vscode.commands.executeCommand('workbench.view.extension.marginalia'),
    ),
  );
  return { registry, decorations, suggestions: suggestions.decorations, suggestionRuns: suggestions.runs, statusBar, outline, symbols, corpusView, workspaceIndex };
}
