import * as vscode from 'vscode';
import { exists, sidecarUriFor } from './articleFiles';

/**
 * Keeps sidecars beside their articles: renaming or moving an article in VS Code moves its
 * sidecar along; deleting an article keeps the sidecar (the annotations may still be wanted)
 * and says so.
 */
export function followArticleMoves(): vscode.Disposable {
  return vscode.Disposable.from(
    // Joining the rename's own workspace edit makes the move one undoable step.
    vscode.workspace.onWillRenameFiles((event) => event.waitUntil(sidecarMoves(event.files))),
    vscode.workspace.onDidDeleteFiles(async (event) => {
      for (const uri of event.files) {
        const sidecar = sidecarUriFor(uri);
        if (uri.path.endsWith('.ann.yaml') || !(await exists(sidecar))) continue;
        const reveal = vscode.l10n.t('Reveal Sidecar');
        const choice = await vscode.window.showInformationMessage(
          vscode.l10n.t('{0} was deleted; its annotations are kept in {1}.', vscode.workspace.asRelativePath(uri), vscode.workspace.asRelativePath(sidecar)),
          reveal,
        );
        if (choice === reveal) await vscode.commands.executeCommand('revealInExplorer', sidecar);
      }
    }),
  );
}

async function sidecarMoves(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  for (const { oldUri, newUri } of files) {
    const sidecar = sidecarUriFor(oldUri);
    if (!oldUri.path.endsWith('.ann.yaml') && (await exists(sidecar))) {
      edit.renameFile(sidecar, sidecarUriFor(newUri), { overwrite: false, ignoreIfExists: true });
    }
  }
  return edit;
}
