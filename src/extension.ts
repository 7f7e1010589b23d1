import * as vscode from 'vscode';
import { followArticleMoves } from './editor/articleMoves';
import { ArticleRegistry } from './editor/articleRegistry';
import { registerAnnotationCommands } from './editor/commands/annotationCommands';
import { trackContextKeys } from './editor/contextKeys';
import { ActorDecorations } from './editor/decorations';
import { AnnotationDiagnostics } from './editor/diagnostics';
import { registerGitFeatures } from './editor/git/registerGitFeatures';
import { registerNavigation } from './editor/navigation';
import { ArticleSymbolProvider } from './editor/navigation/documentSymbolProvider';
import { createOutline } from './editor/outline/outlineFeature';
import { AnnotationStatusBar } from './editor/statusBar';
import { registerSuggestions } from './editor/suggestions';
import { createTestApi, type MarginaliaApi } from './editor/testApi';
import { WorkspaceIndex } from './editor/workspaceIndex';

export type { MarginaliaApi } from './editor/testApi';

export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const activationStarted = performance.now();
  const registry = new ArticleRegistry();
  const workspaceIndex = new WorkspaceIndex(registry);
  const decorations = new ActorDecorations(registry);
  const statusBar = new AnnotationStatusBar(registry);
  const suggestions = registerSuggestions(registry, workspaceIndex);
  const outline = createOutline(registry, workspaceIndex, context.workspaceState);
  const symbols = new ArticleSymbolProvider(registry);
  context.subscriptions.push(
    registry,
    workspaceIndex,
    decorations,
    new AnnotationDiagnostics(registry),
    statusBar,
    trackContextKeys(registry),
    followArticleMoves(),
    ...registerAnnotationCommands(registry, workspaceIndex),
    // Next/previous mention and quotation, definition, references, rename, symbols, hover, highlights.
    ...registerNavigation(registry, workspaceIndex, symbols),
    ...suggestions.disposables,
    outline,
    ...registerGitFeatures(context.extensionPath),
    vscode.commands.registerCommand('marginalia.showOutline', () =>
      vscode.commands.executeCommand('workbench.view.extension.marginalia'),
    ),
  );
  const api = createTestApi(String(context.extension.packageJSON.version), registry, decorations, statusBar, suggestions, outline, symbols);
  // The benchmark reports how long activation took in the real host (test/bench/extension.bench.ts).
  return { ...api, activationMs: performance.now() - activationStarted };
}

export function deactivate(): void {
  // Every disposable is owned by context.subscriptions.
}
