import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { marginalia, openArticle, readText, waitFor, workspaceUri } from './helpers';

/** The orphan problems Marginalia reports for an article (on its sidecar, where they are kept). */
function orphanProblems(article: vscode.Uri): vscode.Diagnostic[] {
  const sidecar = article.with({ path: `${article.path}.ann.yaml` });
  return vscode.languages.getDiagnostics(sidecar).filter((d) => d.code === 'orphan');
}

describe('orphans', () => {
  it('are found again when Undo brings their text back, and their problems go away', async () => {
    const api = await marginalia();
    const text = await readText(workspaceUri('bostyn-rabat.txt'));
    const sidecar = await readText(workspaceUri('bostyn-rabat.txt.ann.yaml'));
    const editor = await openArticle('orphans/undo.txt', text, sidecar);
    const start = text.indexOf('Du point de vue');
    const end = text.indexOf('Un partenariat');
    assert.ok(start > 0 && end > start, 'the passage is in the sample');
    const orphansOf = async () => (await api.articleView(editor.document))!.placed.filter((p) => p.resolution.kind === 'orphan').length;
    assert.equal(await orphansOf(), 0);

    await editor.edit((edit) => edit.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end))));
    const orphaned = await waitFor('the annotations of the passage to be orphans', async () => (await orphansOf()) || undefined);
    await waitFor('one problem per orphan', () => orphanProblems(editor.document.uri).length === orphaned);

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text, 'Undo restored the text exactly');
    await waitFor('no orphan left', async () => (await orphansOf()) === 0);
    await waitFor('no orphan problem left', () => orphanProblems(editor.document.uri).length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
