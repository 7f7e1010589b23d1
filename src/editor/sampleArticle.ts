import * as vscode from 'vscode';
import { exists } from './articleFiles';
import { log } from './log';

const SAMPLE = ['bostyn-rabat.txt', 'bostyn-rabat.txt.ann.yaml'];

/**
 * "Marginalia: Open the Sample Article" (the walkthrough's first step): copies the sample
 * shipped in media/sample/ into the extension's global storage, once, so that what the user
 * annotates there is kept and the installed extension is never written to, and opens it.
 */
export async function openSampleArticle(extensionUri: vscode.Uri, storage: vscode.Uri): Promise<vscode.TextEditor> {
  const folder = vscode.Uri.joinPath(storage, 'sample');
  await vscode.workspace.fs.createDirectory(folder);
  for (const name of SAMPLE) {
    const target = vscode.Uri.joinPath(folder, name);
    if (await exists(target)) continue;
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(extensionUri, 'media', 'sample', name), target);
    log().info(`copied the sample ${name} to ${folder.toString()}`);
  }
  return vscode.window.showTextDocument(vscode.Uri.joinPath(folder, SAMPLE[0]!), { preview: false });
}
