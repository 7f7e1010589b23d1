import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, marginalia, openArticle, select, waitFor } from './helpers';

const ARTICLE = 'Le maire Jean Dupont a reçu la ministre Claire Martin à la mairie.\n';

/** Waits until VS Code's requests for document symbols stop for a moment, and returns their count. */
async function settledRequests(): Promise<number> {
  const api = await marginalia();
  let last = -1;
  return waitFor('document symbol requests to settle', async () => {
    const now = api.documentSymbolRequests();
    if (now === last) return now;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 700));
    return api.documentSymbolRequests() === last ? last : undefined;
  });
}

describe('Outline view and breadcrumbs after an annotation change', () => {
  afterEach(closeAllEditors);

  it('are asked for the article\'s symbols again when an actor is annotated, without any typing', async () => {
    const api = await marginalia();
    const editor = await openArticle('symbols/refresh.txt', ARTICLE);
    // VS Code's own Outline view: it shows the active editor's document symbols
    await vscode.commands.executeCommand('outline.focus');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    await waitFor('VS Code to ask for the symbols once', () => api.documentSymbolRequests() > 0 || undefined);
    const before = await settledRequests();

    select(editor, 'Claire Martin');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'person' });
    await waitFor('VS Code to ask again after the annotation', () => api.documentSymbolRequests() > before || undefined);

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const persons = symbols.find((s) => s.name === 'person');
    assert.deepEqual(persons?.children.map((c) => c.name), ['Claire Martin']);
    assert.equal(editor.document.isDirty, false, 'the article itself was not edited');
  });
});
