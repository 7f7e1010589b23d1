import * as vscode from 'vscode';
import { RefusedWriteError, writeFileAtomic } from '../node/writeFileAtomic';

/**
 * A local sidecar is written whole (temporary file renamed over it): a crash never tears it.
 * Node only: the desktop entry hands it to articleFiles.ts.
 */
export function writeLocalSidecar(sidecar: vscode.Uri, text: string): void {
  try {
    writeFileAtomic(sidecar.fsPath, text);
  } catch (error) {
    if (!(error instanceof RefusedWriteError)) throw error;
    throw new Error(vscode.l10n.t('Marginalia did not write {0}: it is a symbolic link leading out of its folder, or not a file.', vscode.workspace.asRelativePath(sidecar)));
  }
}
