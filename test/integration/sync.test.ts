import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, exists, marginalia, openArticle, readText, select, textsOf, waitFor, workspaceUri, writeText } from './helpers';

const TEXT = 'Rabat accueille la VSSE. Plus tard, Rabat a salué la visite.\n';
const SIDECAR = 'marginalia: 1\nactors:\n  rabat:\n    type: place\n    name: Rabat\n';

async function places(editor: vscode.TextEditor, count: number): Promise<vscode.Range[]> {
  const api = await marginalia();
  return waitFor(`${count} place decorations`, () => {
    const ranges = api.decorations(editor)['actor:place'] ?? [];
    return ranges.length === count ? ranges : undefined;
  });
}

describe('keeping in sync', () => {
  afterEach(closeAllEditors);

  it('moves highlights live as the user types, and keeps the sidecar untouched', async () => {
    const editor = await openArticle('sync/typing.txt', TEXT, SIDECAR);
    await places(editor, 2);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Nouvelle ligne.\n'));
    const ranges = await waitFor('shifted decorations', async () => {
      const r = await places(editor, 2);
      return r[0]!.start.line === 1 ? r : undefined;
    });
    assert.deepEqual(textsOf(editor, ranges), ['Rabat', 'Rabat']);
    await editor.document.save();
    assert.equal(await readText(workspaceUri('sync/typing.txt.ann.yaml')), SIDECAR);
  });

  it('reloads a sidecar changed on disk', async () => {
    const editor = await openArticle('sync/external.txt', TEXT, SIDECAR);
    await places(editor, 2);
    await writeText(workspaceUri('sync/external.txt.ann.yaml'), SIDECAR + '  vsse:\n    type: organization\n    name: VSSE\n');
    const api = await marginalia();
    await waitFor('the new actor', () => api.decorations(editor)['actor:organization']?.length === 1);
  });

  it('writes through an open sidecar without losing its unsaved edits', async () => {
    const editor = await openArticle('sync/open.txt', TEXT, SIDECAR);
    const sidecarUri = workspaceUri('sync/open.txt.ann.yaml');
    const sidecarDoc = await vscode.workspace.openTextDocument(sidecarUri);
    const sidecarEditor = await vscode.window.showTextDocument(sidecarDoc, vscode.ViewColumn.Beside, false);
    await sidecarEditor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# my own comment\n'));
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const article = vscode.window.activeTextEditor!;
    select(article, 'VSSE');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'organization' });
    await waitFor('the annotation in the open sidecar', () => sidecarDoc.getText().includes('vsse:'));
    assert.ok(sidecarDoc.getText().startsWith('# my own comment\n'), 'the unsaved edit is kept');
    assert.ok(sidecarDoc.isDirty, 'a sidecar with unsaved edits is left for the user to save');
  });

  it('reports a sidecar that does not parse, with its line, and never overwrites it', async () => {
    const broken = 'marginalia: 1\nactors:\n  rabat:\n    type: place\n    name: [Rabat\n';
    const editor = await vscode.window.showTextDocument(await (async () => {
      await writeText(workspaceUri('sync/broken.txt.ann.yaml'), broken);
      await writeText(workspaceUri('sync/broken.txt'), TEXT);
      return workspaceUri('sync/broken.txt');
    })());
    const sidecarUri = workspaceUri('sync/broken.txt.ann.yaml');
    const diagnostics = await waitFor('a diagnostic on the sidecar', () => {
      const d = vscode.languages.getDiagnostics(sidecarUri).filter((x) => x.source === 'Marginalia');
      return d.length > 0 ? d : undefined;
    });
    assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diagnostics[0]!.range.start.line >= 3, `line ${diagnostics[0]!.range.start.line}`);
    select(editor, 'VSSE');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'organization' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await readText(sidecarUri), broken);
  });

  it('lists an annotation whose text is gone as an orphan in the Problems panel', async () => {
    const sidecar = SIDECAR + '    mentions:\n      add:\n        - { text: la capitale marocaine, before: "Plus tard, ", after: " a salué" }\n';
    await openArticle('sync/orphan.txt', TEXT, sidecar);
    const sidecarUri = workspaceUri('sync/orphan.txt.ann.yaml');
    const orphan = await waitFor('an orphan diagnostic', () => vscode.languages.getDiagnostics(sidecarUri).find((d) => d.code === 'orphan'));
    assert.match(orphan.message, /la capitale marocaine/);
    const api = await marginalia();
    assert.match(api.statusBarText() ?? '', /\$\(warning\) 1/);
  });

  it('moves the sidecar with its article, and keeps it when the article is deleted', async () => {
    await openArticle('sync/moved.txt', TEXT, SIDECAR);
    await closeAllEditors();
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(workspaceUri('sync/moved.txt'), workspaceUri('sync/renamed.txt'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the sidecar to follow', () => exists(workspaceUri('sync/renamed.txt.ann.yaml')));
    assert.equal(await exists(workspaceUri('sync/moved.txt.ann.yaml')), false);
    const deletion = new vscode.WorkspaceEdit();
    deletion.deleteFile(workspaceUri('sync/renamed.txt'));
    assert.ok(await vscode.workspace.applyEdit(deletion));
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.ok(await exists(workspaceUri('sync/renamed.txt.ann.yaml')), 'the annotations are kept');
  });
});
