import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../core/model';
import { RefusedWriteError, writeFileAtomic } from '../node/writeFileAtomic';

/** Languages whose documents Marginalia annotates. */
export const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown']);

export function isArticle(document: vscode.TextDocument): boolean {
  return (
    ARTICLE_LANGUAGES.has(document.languageId) &&
    !document.uri.path.endsWith(SIDECAR_SUFFIX) &&
    (document.uri.scheme === 'file' || document.uri.scheme === 'untitled' || document.uri.scheme === 'vscode-remote')
  );
}

export function sidecarUriFor(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path + SIDECAR_SUFFIX });
}

export function articleUriFor(sidecar: vscode.Uri): vscode.Uri | undefined {
  return sidecar.path.endsWith(SIDECAR_SUFFIX)
    ? sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) })
    : undefined;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
    throw error;
  }
}

/** The sidecar's text: the open document's (with the user's unsaved edits) or the file's. */
export async function readSidecarText(sidecar: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === sidecar.toString());
  if (open) return open.getText();
  if (!(await exists(sidecar))) return undefined;
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
}

/**
 * Writes the sidecar. When it is open in an editor the write goes through the document, so the
 * user's unsaved edits are never clobbered (the caller computed `text` from that document's
 * content) and undo works there; a document that was clean is saved again.
 */
export async function writeSidecarText(sidecar: vscode.Uri, text: string): Promise<void> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === sidecar.toString());
  if (!open) {
    if (sidecar.scheme === 'file') writeWhole(sidecar, text);
    else await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(text));
    return;
  }
  if (open.getText() === text) return;
  const wasDirty = open.isDirty;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(sidecar, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
  if (!wasDirty) await open.save();
}

/** A local sidecar is written whole (temporary file renamed over it): a crash never tears it. */
function writeWhole(sidecar: vscode.Uri, text: string): void {
  try {
    writeFileAtomic(sidecar.fsPath, text);
  } catch (error) {
    if (!(error instanceof RefusedWriteError)) throw error;
    throw new Error(vscode.l10n.t('Marginalia did not write {0}: it is a symbolic link leading out of its folder, or not a file.', vscode.workspace.asRelativePath(sidecar)));
  }
}
