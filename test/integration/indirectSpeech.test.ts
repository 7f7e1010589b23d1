import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, exists, marginalia, openArticle, readText, select, textsOf, waitFor, workspaceUri } from './helpers';

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
    // The first request can come before the provider has this version's suggestions: ask again.
    let titles: string[] = [];
    const accept = await waitFor('an Accept indirect speech Quick Fix', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
      titles = actions.map((a) => a.title);
      return actions.find((a) => /^Accept indirect speech/u.test(a.title));
    }).catch((error: unknown) => assert.fail(`${String(error)}; Quick Fixes offered: ${JSON.stringify(titles)}`));
    assert.ok(accept.command);
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

  it('marks a passage the reader selects as indirect speech, and back to direct, with Toggle Indirect Speech', async () => {
    const api = await marginalia();
    const path = 'suggestions/toggle-indirect.txt';
    const text = 'Officials in the port told reporters on Monday the fog had lifted and the ferries were running again.\n';
    const clause = 'the fog had lifted and the ferries were running again';
    const editor = await openArticle(path, text, 'marginalia: 1\n');
    select(editor, clause);
    await vscode.commands.executeCommand('marginalia.toggleIndirectSpeech');
    const sidecar = workspaceUri(`${path}.ann.yaml`);
    const marked = await waitFor('the clause stored as indirect', async () => parseSidecar(await readText(sidecar)).annotations.quotations[0]);
    assert.equal(marked.anchor.text, clause);
    assert.equal(marked.kind, 'indirect');
    assert.deepEqual(textsOf(editor, await waitFor('drawn as indirect', () => api.decorations(editor)['indirect'])), [clause]);

    // The cursor inside the stored clause is enough to toggle it back.
    editor.selection = new vscode.Selection(editor.document.positionAt(text.indexOf('ferries')), editor.document.positionAt(text.indexOf('ferries')));
    await vscode.commands.executeCommand('marginalia.toggleIndirectSpeech');
    await waitFor('the kind removed from the sidecar', async () => {
      const [q] = parseSidecar(await readText(sidecar)).annotations.quotations;
      return q !== undefined && q.kind === undefined;
    });
    await waitFor('no longer drawn as indirect', () => !api.decorations(editor)['indirect']?.length);
  });
});
