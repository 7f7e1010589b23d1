import * as vscode from 'vscode';
import { ArticleRegistry } from './editor/articleRegistry';
import { registerAnnotationCommands } from './editor/commands/annotationCommands';
import { trackContextKeys } from './editor/contextKeys';
import { ActorDecorations } from './editor/decorations';
import { AnnotationDiagnostics } from './editor/diagnostics';
import { registerGitFeatures } from './editor/git/registerGitFeatures';
import { AnnotationStatusBar } from './editor/statusBar';
import { createTestApi, type MarginaliaApi } from './editor/testApi';

export type { MarginaliaApi } from './editor/testApi';

export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  const registry = new ArticleRegistry();
  const decorations = new ActorDecorations(registry);
  const statusBar = new AnnotationStatusBar(registry);
  context.subscriptions.push(
    registry,
    decorations,
    new AnnotationDiagnostics(registry),
    statusBar,
    trackContextKeys(registry),
    ...registerAnnotationCommands(registry),
    ...registerGitFeatures(context.extensionPath),
    vscode.commands.registerCommand('marginalia.showOutline', () =>
      vscode.commands.executeCommand('workbench.view.extension.marginalia'),
    ),
  );
  return createTestApi(String(context.extension.packageJSON.version), registry, decorations, statusBar);
}

export function deactivate(): void {
  // Every disposable is owned by context.subscriptions.
}
