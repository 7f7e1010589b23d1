import * as vscode from 'vscode';
import { ArticleRegistry } from './editor/articleRegistry';
import { registerAnnotationCommands } from './editor/commands/annotationCommands';
import { trackContextKeys } from './editor/contextKeys';
import { ActorDecorations } from './editor/decorations';
import { AnnotationDiagnostics } from './editor/diagnostics';
import { createOutline } from './editor/outline/outlineFeature';
import { AnnotationStatusBar } from './editor/statusBar';
import { createTestApi, type MarginaliaApi } from './editor/testApi';
import { WorkspaceIndex } from './editor/workspaceIndex';

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
    vscode.commands.registerCommand('marginalia.showOutline', () =>
      vscode.commands.executeCommand('workbench.view.extension.marginalia'),
    ),
  );
  const workspaceIndex = new WorkspaceIndex(registry);
  const outline = createOutline(registry, workspaceIndex, context.workspaceState);
  context.subscriptions.push(workspaceIndex, outline);
  return createTestApi(String(context.extension.packageJSON.version), registry, decorations, statusBar, outline);
}

export function deactivate(): void {
  // Every disposable is owned by context.subscriptions.
}
