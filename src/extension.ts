import * as vscode from 'vscode';
import { activateEditor } from './editor/activateEditor';
import { writeLocalSidecarsWith } from './editor/articleFiles';
import { readLocalFilesWith } from './editor/fileReads';
import { localFileReads } from './editor/localFileReads';
import { registerCompare } from './editor/compare/compareCommands';
import { registerGitFeatures } from './editor/git/registerGitFeatures';
import { DriverLauncher, refreshMergeDriver } from './editor/git/setUpMergeDriver';
import { writeLocalSidecar } from './editor/localSidecarWrite';
import { describeError, log } from './editor/log';
import { desktopSuggestionRunner } from './editor/suggestions/desktopRunner';
import { testHooks, type TestHooks } from './editor/testApi';

export type { TestHooks } from './editor/testApi';

/** The context key of the menus of what needs Node (git): set by this entry only, never on the web. */
const NODE_FEATURES_CONTEXT_KEY = 'marginalia:nodeFeatures';

/**
 * The desktop (and remote) extension host: everything of the web entry (src/extensionWeb.ts)
 * plus what needs Node — git, the merge driver, the comparison with a branch, atomic writes of
 * local sidecars. Returns the test hooks only to the integration tests (extension mode Test:
 * VS Code was started with `extensionTestsPath`); other extensions get nothing.
 */
export function activate(context: vscode.ExtensionContext): TestHooks | undefined {
  const activationStarted = performance.now();
  writeLocalSidecarsWith(writeLocalSidecar);
  readLocalFilesWith(localFileReads);
  const editor = activateEditor(context, desktopSuggestionRunner());
  const compare = registerCompare(editor.registry);
  const launcher = new DriverLauncher(context.globalStorageUri.fsPath, context.extensionPath);
  for (const disposable of [...registerGitFeatures(launcher), ...compare.disposables]) context.subscriptions.push(disposable);
  void vscode.commands.executeCommand('setContext', NODE_FEATURES_CONTEXT_KEY, true);
  // Off the activation path: git may be slow to answer, and nothing waits for it.
  if (context.globalStorageUri.scheme === 'file') {
    const timer = setTimeout(() => refreshMergeDriver(launcher).catch((error: unknown) => log().warn(`merge driver check skipped: ${describeError(error)}`)), 2000);
    context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  }
  log().info(`Marginalia ${String(context.extension.packageJSON.version)} activated (${vscode.env.appName} ${vscode.version})`);
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  // The benchmark reports how long activation took in the real host (test/bench/extension.bench.ts).
  const version = String(context.extension.packageJSON.version);
  return testHooks({ ...editor, version, compare, activationMs: performance.now() - activationStarted });
}

export function deactivate(): void {
  // Every disposable is owned by context.subscriptions.
}
