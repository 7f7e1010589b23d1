// Problems of a sidecar whose article is not open: conflict markers left by a merge are
// reported with their line and column, from the open editor or from the file on disk.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, marginalia, waitFor, workspaceUri, writeText } from './helpers';

const ARTICLE = 'Francisca Bostyn, directrice de la VSSE, était à Rabat.\n';

const CONFLICTED = `marginalia: 1
actors:
  francisca-bostyn:
    type: person
    name: Francisca Bostyn
<<<<<<< HEAD
  vsse:
    type: organization
    name: VSSE
=======
  rabat:
    type: place
    name: Rabat
>>>>>>> alice
`;

const RESOLVED = `marginalia: 1
actors:
  francisca-bostyn:
    type: person
    name: Francisca Bostyn
`;

/** The conflict diagnostics of a sidecar, as "line:column-line:column marker" (0-based, as VS Code counts). */
function conflicts(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.code === 'merge-conflict')
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'other'}`);
}

const EXPECTED = ['5:0-5:12 error', '9:0-9:7 error', '13:0-13:13 error'];

describe('problems of a sidecar whose article is not open', () => {
  afterEach(closeAllEditors);

  it('reports conflict markers in a sidecar opened on its own, with line and column, and offers the Quick Fix', async () => {
    await marginalia();
    const article = workspaceUri('sidecar-problems/opened.txt');
    const sidecar = workspaceUri('sidecar-problems/opened.txt.ann.yaml');
    await writeText(article, ARTICLE);
    await writeText(sidecar, CONFLICTED);
    const editor = await vscode.window.showTextDocument(sidecar, { preview: false });
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === article.toString()), 'the article is not open');

    await waitFor('the conflict markers in Problems', () => conflicts(sidecar).length === 3);
    assert.deepEqual(conflicts(sidecar), EXPECTED);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', sidecar, new vscode.Range(5, 0, 5, 7));
    const fix = actions.find((action) => action.title === "Merge with Marginalia's merge driver");
    assert.ok(fix, `the Quick Fix is offered (got ${actions.map((a) => a.title).join(', ')})`);

    // Resolved by hand in the editor: the errors go as the user types.
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), RESOLVED));
    await waitFor('the conflict gone from Problems', () => conflicts(sidecar).length === 0);
  });

  it('reports conflict markers a merge writes into a sidecar no editor shows', async () => {
    await marginalia();
    const sidecar = workspaceUri('sidecar-problems/on-disk.txt.ann.yaml');
    await writeText(workspaceUri('sidecar-problems/on-disk.txt'), ARTICLE);
    await writeText(sidecar, RESOLVED);
    // What `git merge` does to the file: rewrites it with markers.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeText(sidecar, CONFLICTED);
    await waitFor('the conflict markers in Problems', () => conflicts(sidecar).length === 3);
    assert.deepEqual(conflicts(sidecar), EXPECTED);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === sidecar.toString()), 'the sidecar is not open');

    await writeText(sidecar, RESOLVED);
    await waitFor('the conflict gone from Problems', () => conflicts(sidecar).length === 0);
  });
});
