import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, marginalia, waitFor, workspaceUri } from './helpers';

describe('speaker labels', () => {
  afterEach(closeAllEditors);

  it('names the speaker after each attributed quotation as an inlay hint, which wraps with the line', async () => {
    const api = await marginalia();
    const editor = await vscode.window.showTextDocument(workspaceUri('bostyn-rabat.txt'));
    await waitFor('the sample to be loaded', () => api.articleView(editor.document));
    const document = editor.document;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await waitFor('two speaker labels', async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
      return found.length === 2 ? found : undefined;
    });
    const labels = hints.map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')));
    assert.deepEqual(labels, ['— médias marocains', '— the Belgian side, per La Libre']);
    // Each label stands right after the closing mark of its quotation.
    const before = hints.map((hint) => document.getText(new vscode.Range(hint.position.translate(0, -1), hint.position)));
    assert.deepEqual(before, ['»', '»']);
    // Articles are prose: plain text wraps by default (Marginalia's configurationDefaults).
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'on');
  });
});
