import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, marginalia, openArticle, textsOf, waitFor, workspaceUri } from './helpers';

// Names made up for this test; Brest is typed as a place by the town list the worker reads.
const ARTICLE = 'Au port, Jeanne Morvan a rencontré Albert Quéméner à Brest. « Nous reprendrons la pêche lundi », a déclaré Jeanne Morvan.\n';
const FOLDER = 'suggestion-worker';

describe('suggestions computed in a worker', () => {
  afterEach(async () => {
    (await marginalia()).suggestionRuns.holdWorkerAnswers(0);
    await closeAllEditors();
  });
  after(() => vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false }));

  it('draws the suggestions the worker computed', async () => {
    const api = await marginalia();
    const editor = await openArticle(`${FOLDER}/drawn.txt`, ARTICLE);
    // the first request of the session also starts the worker
    const drawn = await waitFor('suggestions', () => {
      const s = api.suggestions(editor);
      return s['person']?.length && s['quotation']?.length ? s : undefined;
    }, 20_000);
    assert.equal(api.suggestionRuns.ranIn(editor.document), 'worker');
    assert.deepEqual(textsOf(editor, drawn['person']).sort(), ['Albert Quéméner', 'Jeanne Morvan', 'Jeanne Morvan']);
    assert.deepEqual(textsOf(editor, drawn['place']), ['Brest']);
    assert.deepEqual(textsOf(editor, drawn['quotation']), ['« Nous reprendrons la pêche lundi »']);
  });

  it('discards what the worker found for a text edited meanwhile, and draws what it finds in the new text', async () => {
    const api = await marginalia();
    const runs = api.suggestionRuns;
    // the worker holds its answers, so the edit below lands while it computes for the text as opened
    runs.holdWorkerAnswers(1500);
    const editor = await openArticle(`${FOLDER}/stale.txt`, ARTICLE);
    await waitFor('a computation under way', () => runs.computing(editor.document));
    const staleBefore = runs.staleResults;
    const opened = editor.document.version;
    // every offset of the old text moves by the inserted sentence
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Hier, Lucien Garnier est arrivé à Lorient. ')));
    runs.holdWorkerAnswers(0);

    await waitFor('the stale answer discarded', () => runs.staleResults > staleBefore, 15_000);
    // had it been drawn, its offsets (of the text before the edit) would cut the names apart
    const names = ['Albert Quéméner', 'Jeanne Morvan', 'Lucien Garnier', 'Brest', 'Lorient', '« Nous reprendrons la pêche lundi »'];
    for (const ranges of Object.values(api.suggestions(editor))) for (const text of textsOf(editor, ranges)) assert.ok(names.includes(text), `"${text}" drawn`);
    const drawn = await waitFor('the suggestions of the edited text', () => {
      const persons = textsOf(editor, api.suggestions(editor)['person']);
      return persons.includes('Lucien Garnier') ? api.suggestions(editor) : undefined;
    }, 15_000);
    assert.ok(editor.document.version > opened);
    assert.equal(runs.ranIn(editor.document), 'worker');
    assert.deepEqual(textsOf(editor, drawn['person']).sort(), ['Albert Quéméner', 'Jeanne Morvan', 'Jeanne Morvan', 'Lucien Garnier']);
    assert.deepEqual(textsOf(editor, drawn['place']).sort(), ['Brest', 'Lorient']);
    assert.deepEqual(textsOf(editor, drawn['quotation']), ['« Nous reprendrons la pêche lundi »']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
