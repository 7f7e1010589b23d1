import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, marginalia, openArticle, readText, textsOf, waitFor, workspaceUri } from './helpers';

describe('highlighting', () => {
  afterEach(closeAllEditors);

  it('colours the sample article\'s actors by type from its sidecar', async () => {
    const api = await marginalia();
    const editor = await vscode.window.showTextDocument(workspaceUri('bostyn-rabat.txt'));
    await waitFor('the sample to be loaded', () => api.articleView(editor.document));
    const decorations = await waitFor('decorations', () => {
      const d = api.decorations(editor);
      return d['actor:person']?.length ? d : undefined;
    });
    assert.deepEqual(textsOf(editor, decorations['actor:person']), ['Francisca Bostyn', 'directrice', 'Francisca Bostyn', 'Paul Van Tigchelt']);
    assert.ok(textsOf(editor, decorations['actor:organization']).includes('Al-Qaïda'));
    assert.ok(textsOf(editor, decorations['actor:place']).includes('Rabat'));
    assert.match(api.statusBarText() ?? '', /\d+ · \d+ · \$\(quote\) 2/);
  });

  it('annotates a selection as a new actor and lights up every other mention', async () => {
    const api = await marginalia();
    const editor = await openArticle('highlight/new-actor.txt', 'Paul Van Tigchelt a rencontré la presse. Selon Paul Van Tigchelt, tout va bien.\n');
    const at = editor.document.getText().indexOf('Paul Van Tigchelt');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + 17));
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'person' });
    const persons = await waitFor('two person mentions', () => {
      const ranges = api.decorations(editor)['actor:person'];
      return ranges?.length === 2 ? ranges : undefined;
    });
    assert.deepEqual(textsOf(editor, persons), ['Paul Van Tigchelt', 'Paul Van Tigchelt']);
    const sidecar = await readText(workspaceUri('highlight/new-actor.txt.ann.yaml'));
    assert.match(sidecar, /paul-van-tigchelt:\n\s+type: person\n\s+name: Paul Van Tigchelt/);
  });
});
