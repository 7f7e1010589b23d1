// Shared by the integration suites: files in the test workspace, waiting for the extension.
// No Node here: the web worker suite (test/web/) uses these helpers too.
import * as vscode from 'vscode';
import type { TestHooks } from '../../src/extension';
import { marginaliaApi, type MarginaliaApi } from './marginaliaApi';

let api: { readonly hooks: TestHooks; readonly api: MarginaliaApi } | undefined;

export async function marginalia(): Promise<MarginaliaApi> {
  const extension = vscode.extensions.getExtension<TestHooks>('marginalia.marginalia');
  if (!extension) throw new Error('Marginalia is not installed');
  const hooks = await extension.activate();
  if (api?.hooks !== hooks) api = { hooks, api: marginaliaApi(hooks) };
  return api.api;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test workspace is not open');
  return folder.uri;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...relativePath.split('/'));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Polls until `probe` returns a truthy value (or the time runs out, with `what` in the failure). */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
}

/**
 * Writes an article (and its sidecar when given) under a fresh folder of the workspace, opens
 * it in an editor and waits until Marginalia has loaded it.
 */
export async function openArticle(relativePath: string, text: string, sidecar?: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(relativePath);
  await writeText(uri, text);
  if (sidecar !== undefined) await writeText(uri.with({ path: uri.path + '.ann.yaml' }), sidecar);
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  if (sidecar !== undefined) {
    const api = await marginalia();
    await waitFor('the article to be loaded', () => api.articleView(editor.document));
  }
  return editor;
}

/** Selects the `occurrence`-th (0-based) occurrence of `text` in the editor. */
export function select(editor: vscode.TextEditor, text: string, occurrence = 0): vscode.Selection {
  const content = editor.document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = content.indexOf(text, at + 1);
  if (at < 0) throw new Error(`"${text}" (occurrence ${occurrence}) is not in the article`);
  const selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
  editor.selection = selection;
  return selection;
}

/** The text of every range, for readable assertions on decorations. */
export function textsOf(editor: vscode.TextEditor, ranges: readonly vscode.Range[] | undefined): string[] {
  return (ranges ?? []).map((range) => editor.document.getText(range));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
