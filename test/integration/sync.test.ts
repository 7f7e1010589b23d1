import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { OutlineItem } from './marginaliaApi';
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

/** The node of an id anywhere in the outline. */
function findNode(items: readonly OutlineItem[], id: string): OutlineItem | undefined {
  for (const item of items) {
    const found = item.id === id ? item : findNode(item.children, id);
    if (found) return found;
  }
  return undefined;
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

  it('follows a sidecar edited outside on every side: highlights, outline, Problems, and leaves the file as written', async () => {
    const api = await marginalia();
    const editor = await openArticle('sync/outside.txt', TEXT, SIDECAR);
    await vscode.commands.executeCommand('marginalia.outline.scopeArticle');
    await vscode.commands.executeCommand('marginalia.showOutline');
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await waitFor('Rabat in the outline', () => api.outline.node('actor:rabat'));
    const sidecarUri = workspaceUri('sync/outside.txt.ann.yaml');
    // What a checkout of another version does: a new actor, and a mention whose text is not in this article.
    const checkedOut = SIDECAR + '    mentions:\n      add:\n        - { text: la capitale marocaine, before: "Plus tard, ", after: " a salué" }\n'
      + '  vsse:\n    type: organization\n    name: VSSE\n';
    await writeText(sidecarUri, checkedOut);
    await waitFor('the new actor highlighted', () => api.decorations(editor)['actor:organization']?.length === 1);
    await waitFor('the new actor in the outline', () => api.outline.node('actor:vsse'));
    const orphan = await waitFor('the orphan in Problems', () => vscode.languages.getDiagnostics(sidecarUri).find((d) => d.code === 'orphan'));
    assert.equal(orphan.range.start.line, 7, 'on its line of the sidecar');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await readText(sidecarUri), checkedOut, 'read, never written back');
  });

  it('follows a sidecar edited outside while its article is closed, in the workspace outline and Problems', async () => {
    const api = await marginalia();
    await writeText(workspaceUri('sync/closed.txt'), TEXT);
    const sidecarUri = workspaceUri('sync/closed.txt.ann.yaml');
    await writeText(sidecarUri, 'marginalia: 1\nactors:\n  rabat-closed:\n    type: place\n    name: Rabat\n');
    await vscode.commands.executeCommand('marginalia.outline.scopeWorkspace');
    try {
      await vscode.commands.executeCommand('marginalia.showOutline');
      await waitFor('the closed article in the workspace outline', async () => findNode(await api.outline.items(), 'actor:rabat-closed'));
      await writeText(sidecarUri, 'marginalia: 1\nactors:\n  vsse-closed:\n    type: organization\n    name: VSSE\n  broken: [\n');
      await waitFor('the syntax error in Problems', () => vscode.languages.getDiagnostics(sidecarUri).some((d) => d.severity === vscode.DiagnosticSeverity.Error));
      await writeText(sidecarUri, 'marginalia: 1\nactors:\n  vsse-closed:\n    type: organization\n    name: VSSE\n');
      await waitFor('the error gone from Problems', () => vscode.languages.getDiagnostics(sidecarUri).length === 0);
      await waitFor('the new actor in the workspace outline', async () => findNode(await api.outline.items(), 'actor:vsse-closed'));
      assert.equal(findNode(await api.outline.items(), 'actor:rabat-closed'), undefined);
    } finally {
      await vscode.commands.executeCommand('marginalia.outline.scopeArticle');
    }
  });

  it('reports a sidecar that is not UTF-8 at its first bad byte, and never overwrites it', async () => {
    const sidecarUri = workspaceUri('sync/latin1.txt.ann.yaml');
    // "Rabét" in Latin-1: the é is the single byte 0xE9.
    const bytes = Uint8Array.from([...new TextEncoder().encode('marginalia: 1\nactors:\n  rabat:\n    type: place\n    name: Rab'), 0xe9, ...new TextEncoder().encode('t\n')]);
    await vscode.workspace.fs.writeFile(sidecarUri, bytes);
    await writeText(workspaceUri('sync/latin1.txt'), TEXT);
    const editor = await vscode.window.showTextDocument(workspaceUri('sync/latin1.txt'));
    const problem = await waitFor('the encoding error', () => vscode.languages.getDiagnostics(sidecarUri).find((d) => d.code === 'encoding'));
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([problem.range.start.line, problem.range.start.character], [4, 13]);
    assert.match(problem.message, /0xE9/);
    select(editor, 'VSSE');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'organization' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual([...(await vscode.workspace.fs.readFile(sidecarUri))], [...bytes], 'the bytes are left as they were');
  });

  it('reports a sidecar that a change on disk left not UTF-8 while its article is closed', async () => {
    await marginalia();
    const sidecarUri = workspaceUri('sync/latin1-closed.txt.ann.yaml');
    await writeText(workspaceUri('sync/latin1-closed.txt'), TEXT);
    await writeText(sidecarUri, SIDECAR);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vscode.workspace.fs.writeFile(sidecarUri, Uint8Array.from([...new TextEncoder().encode('marginalia: 1\n# caf'), 0xe9, 0x0a]));
    const problem = await waitFor('the encoding error', () => vscode.languages.getDiagnostics(sidecarUri).find((d) => d.code === 'encoding'));
    assert.deepEqual([problem.range.start.line, problem.range.start.character], [1, 5]);
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
