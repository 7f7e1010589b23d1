import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, exists, marginalia, openArticle, readText, textsOf, waitFor, workspaceUri } from './helpers';

// English news reports speech mostly without quotation marks: an indirect attribution, then a direct quotation.
const ARTICLE =
  'The harbour master said that the ferry would not sail before noon because of the fog. ' +
  '“We will not take risks,” she told the crew.\n';
const CONTENT = 'that the ferry would not sail before noon because of the fog';

describe('indirect speech', () => {
  afterEach(closeAllEditors);

  it('is suggested and drawn apart from direct quotations, and accepting it stores kind: indirect, drawn as indirect', async () => {
    const api = await marginalia();
    const path = 'suggestions/indirect.txt';
    const editor = await openArticle(path, ARTICLE);
    const drawn = await waitFor('indirect and direct suggestions', () => {
      const s = api.suggestions(editor);
      return s['indirect']?.length && s['quotation']?.length ? s : undefined;
    });
    assert.deepEqual(textsOf(editor, drawn['indirect']), [CONTENT]);
    assert.deepEqual(textsOf(editor, drawn['quotation']), ['“We will not take risks,”']);
    const hover = api.suggestionHover(editor, editor.document.positionAt(ARTICLE.indexOf(CONTENT) + 5));
    // the hover is Markdown, its text escaped (`\(`, `\.`) and its spaces kept as `&nbsp;`
    assert.match((hover ?? '').replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1'), /^Suggested indirect speech, said by The harbour master \(indirect speech: /u);

    // the Quick Fix the editor offers on the suggestion
    const at = editor.document.positionAt(ARTICLE.indexOf(CONTENT) + 5);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
    const accept = actions.find((a) => /^Accept indirect speech/u.test(a.title));
    assert.ok(accept?.command, `an Accept indirect speech Quick Fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    if (accept.edit) await vscode.workspace.applyEdit(accept.edit);
    await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));

    const sidecar = workspaceUri(`${path}.ann.yaml`);
    const quotation = await waitFor('the quotation in the sidecar', async () => ((await exists(sidecar)) ? parseSidecar(await readText(sidecar)).annotations.quotations[0] : undefined));
    assert.equal(quotation.anchor.text, CONTENT);
    assert.equal(quotation.kind, 'indirect');
    assert.deepEqual(quotation.speaker, { text: 'The harbour master' });
    assert.equal(quotation.cue?.text, 'said');
    assert.match(await readText(sidecar), /kind: indirect/u);

    const stored = await waitFor('the stored quotation drawn as indirect', () => api.decorations(editor)['indirect']);
    assert.deepEqual(textsOf(editor, stored), [CONTENT]);
    await waitFor('no longer suggested', () => !api.suggestions(editor)['indirect']?.length);
    assert.deepEqual(textsOf(editor, api.suggestions(editor)['quotation']), ['“We will not take risks,”'], 'the direct quotation still suggested as such');
  });
});
