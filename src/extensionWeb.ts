import * as vscode from 'vscode';
import { activateEditor } from './editor/activateEditor';
import { log } from './editor/log';
import { InThreadSuggestionRunner } from './editor/suggestions/suggestionRunner';
import { extensionTowns } from './editor/suggestions/towns';
import { testHooks, type TestHooks } from './editor/testApi';

/**
 * The web worker extension host (vscode.dev, github.dev): no Node, so no git features (the
 * page's own Source Control view commits the sidecars). Built by esbuild.mjs, which fails
 * when anything here imports a Node built-in.
 */
export function activate(context: vscode.ExtensionContext): TestHooks | undefined {
  // No worker threads here: the suggesters run in this worker, between the host's events.
  const editor = activateEditor(context, new InThreadSuggestionRunner(extensionTowns));
  log().info(`Marginalia ${String(context.extension.packageJSON.version)} activated in the web worker (${vscode.env.appName} ${vscode.version})`);
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return testHooks({ ...editor, version: String(context.extension.packageJSON.version) });
}

export function deactivate(): void {
  // Every disposable is owned by context.subscriptions.
}
