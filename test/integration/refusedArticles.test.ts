// Articles Marginalia does not read (the rule of `marginalia check`): too large, or binary
// (a NUL character). No view, no decorations, no suggestions; a command on one says why.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, marginalia, openArticle, readText, select, textsOf, waitFor, workspaceUri, writeText } from './helpers';

const PARAGRAPH =
  'Francisca Bostyn, la patronne de la VSSE, était à Rabat le 3 mars 2024 avec Jean-Marc Lemaire. ' +
  '« La menace terroriste reste élevée », a déclaré Francisca Bostyn devant Paul Van Tigchelt.\n';

const SIDECAR = `marginalia: 1
actors:
  francisca-bostyn:
    type: person
    name: Francisca Bostyn
`;

/** Writes an article and its sidecar (not opened). */
async function writeArticle(path: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(path);
  await writeText(uri, text);
  await writeText(workspaceUri(`${path}.ann.yaml`), SIDECAR);
  return uri;
}

/**
 * Opens a readable article (the control) and a refused one side by side, and waits until the
 * control is decorated and has suggestions: by then Marginalia has had every chance to do the
 * same on the refused one, whose editor opened at the same time.
 */
async function openBesideControl(control: string, refused: vscode.Uri): Promise<vscode.TextEditor> {
  const api = await marginalia();
  const good = await openArticle(control, PARAGRAPH, SIDECAR);
  const editor = await vscode.window.showTextDocument(refused, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  await waitFor('the control article decorated', () => textsOf(good, api.decorations(good)['actor:person']).includes('Francisca Bostyn'));
  await waitFor('suggestions in the control article', () => api.suggestions(good)['quotation']?.length);
  // The suggesters wait 300 ms after the last change; let them run on the refused editor too.
  await new Promise((resolve) => setTimeout(resolve, 600));
  return editor;
}

async function assertUntouched(editor: vscode.TextEditor, path: string): Promise<void> {
  const api = await marginalia();
  assert.equal(await api.articleView(editor.document), undefined, 'no view is built');
  assert.deepEqual(api.decorations(editor), {}, 'nothing is decorated');
  assert.deepEqual(api.suggestions(editor), {}, 'nothing is suggested');
  const active = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  select(active, 'Francisca Bostyn');
  await vscode.commands.executeCommand('marginalia.annotate', { type: 'person' });
  assert.equal(await readText(workspaceUri(`${path}.ann.yaml`)), SIDECAR, 'the sidecar is not written');
}

describe('articles Marginalia does not read', () => {
  afterEach(async () => {
    (await marginalia()).setMaxArticleLength(undefined);
    await closeAllEditors();
  });

  it('leaves a text with a NUL character alone, and says why when asked to annotate it', async () => {
    const api = await marginalia();
    // VS Code itself refuses to open a file with a NUL byte in its first 512 bytes (it shows
    // "binary file" instead of an editor); a NUL further down opens as text, and then it is
    // Marginalia's rule that must keep the file out.
    const path = 'refused/binary.txt';
    const uri = await writeArticle(path, PARAGRAPH.repeat(20) + 'PK\0\x03\n' + PARAGRAPH);
    const editor = await openBesideControl('refused/control-binary.txt', uri);
    assert.ok(editor.document.getText().includes('\0'), 'VS Code opened the file as text');
    await assertUntouched(editor, path);
    assert.equal(api.lastWarning(), 'Marginalia does not annotate refused/binary.txt: it looks binary (a NUL character at line 21, column 3).');

    // Repaired and saved: now it is an article like any other.
    const repaired = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await repaired.edit((edit) => edit.delete(new vscode.Range(20, 2, 20, 3)));
    assert.ok(await repaired.document.save());
    await waitFor('the repaired article decorated', () => textsOf(repaired, api.decorations(repaired)['actor:person']).includes('Francisca Bostyn'));
  });

  it('leaves an article over the size limit alone, and says why when asked to annotate it', async () => {
    const api = await marginalia();
    // The real limit is 16 Mi characters; a test lowers it (an internal hook of the test API,
    // not a setting) so that it does not push 16 MB through the workbench in every run. The
    // rule and the code path are the same; only the number differs.
    const limit = 1024 * 1024;
    api.setMaxArticleLength(limit);
    const path = 'refused/huge.txt';
    const text = PARAGRAPH.repeat(Math.ceil((1.5 * limit) / PARAGRAPH.length));
    assert.ok(text.length > limit);
    const uri = await writeArticle(path, text);
    const editor = await openBesideControl('refused/control-huge.txt', uri);
    await assertUntouched(editor, path);
    assert.equal(api.lastWarning(), `Marginalia does not annotate refused/huge.txt: it is too large (${(text.length / 1024 / 1024).toFixed(1)} Mi characters; the limit is 1.0 Mi).`);
  });
});
