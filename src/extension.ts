import * as vscode from 'vscode';

/** What `activate()` returns: read-only views of what the user sees, for the integration tests. */
export interface MarginaliaApi {
  readonly version: string;
}

export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  context.subscriptions.push(
    vscode.commands.registerCommand('marginalia.showOutline', () =>
      vscode.commands.executeCommand('workbench.view.extension.marginalia'),
    ),
  );
  return { version: String(context.extension.packageJSON.version) };
}

export function deactivate(): void {
  // Every disposable is owned by context.subscriptions.
}
