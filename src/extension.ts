import * as vscode from 'vscode';
import { followArticleMoves } from './editor/articleMoves';
import { ArticleRegistry } from './editor/articleRegistry';
import { ArticleScope } from './editor/articleScope';
import { registerAnnotationCommands } from './editor/commands/annotationCommands';
import { registerCompare } from './editor/compare/compareCommands';
import { guarded } from './editor/commands/context';
import { trackContextKeys } from './editor/contextKeys';
import { CorpusView } from './editor/corpus/corpusPanel';
import { ActorDecorations } from './editor/decorations';
import { AnnotationDiagnostics } from './editor/diagnostics';
import { registerGitFeatures } from './editor/git/registerGitFeatures';
import { DriverLauncher, refreshMergeDriver } from './editor/git/setUpMergeDriver';
import { describeError, log } from './editor/log';
import { registerNavigation } from './editor/navigation';
import { ArticleSymbolProvider } from './editor/navigation/documentSymbolProvider';
import { createOutline } from './editor/outline/outlineFeature';
import { AnnotationStatusBar } from './editor/statusBar';
import { openSampleArticle } from './editor/sampleArticle';
import { registerSpeakerLabels } from './editor/speakerLabels';
import { registerSuggestions } from './editor/suggestions';
import { testHooks, type TestHooks } from './editor/testApi';
import { WorkspaceIndex } from './editor/workspaceIndex';

export type { TestHooks } from './editor/testApi';

/**
 * Returns the test hooks only to the integration tests (extension mode Test: VS Code was started
 * with `extensionTestsPath`); other extensions get nothing.
 */
export function activate(context: vscode.ExtensionContext): TestHooks | undefined {
  const activationStarted = performance.now();
  const registry = new ArticleRegistry();
  const articles = new ArticleScope(registry);
  const workspaceIndex = new WorkspaceIndex(registry, context.storageUri);
  const decorations = new ActorDecorations(registry);
  const statusBar = new AnnotationStatusBar(registry);
  const suggestions = registerSuggestions(registry, workspaceIndex, articles);
  const outline = createOutline(registry, workspaceIndex, context.workspaceState);
  const symbols = new ArticleSymbolProvider(registry);
  const corpusView = new CorpusView(context.extensionUri, workspaceIndex);
  const compare = registerCompare(registry);
  const launcher = new DriverLauncher(context.globalStorageUri.fsPath, context.extensionPath);
  context.subscriptions.push(
    log(),
    registry,
    articles,
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
    ...registerGitFeatures(launcher),
    ...compare.disposables,
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
  // Off the activation path: git may be slow to answer, and nothing waits for it.
  if (context.globalStorageUri.scheme === 'file') {
    const timer = setTimeout(() => refreshMergeDriver(launcher).catch((error: unknown) => log().warn(`merge driver check skipped: ${describeError(error)}`)), 2000);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
  log().info(`Marginalia ${String(context.extension.packageJSON.version)} activated (${vscode.env.appName} ${vscode.version})`);
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  // The benchmark reports how long activation took in the real host (test/bench/extension.bench.ts).
  const version = String(context.extension.packageJSON.version);
  return testHooks({ version, registry, decorations, suggestions: suggestions.decorations, statusBar, outline, symbols, corpusView, workspaceIndex, compare, activationMs: performance.now() - activationStarted });
}

export function deactivate(): void {
  // Every disposable is owned by context.subscriptions.
}
