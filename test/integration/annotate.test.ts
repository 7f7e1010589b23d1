import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, marginalia, openArticle, readText, select, textsOf, waitFor, workspaceUri } from './helpers';

const ARTICLE = [
  'Francisca Bostyn, directrice de la VSSE, était à Rabat. La directrice a rencontré la presse.',
  'Selon les médias marocains, il s’agit de «renforcer la coopération», a déclaré Bostyn.',
  'La VSSE et la Sûreté ont publié un communiqué. Rabat a salué la visite.',
  '',
].join('\n');

/** Each test works on its own copy of the article, so they stay independent. */
let counter = 0;
async function freshArticle(sidecarText?: string): Promise<{ editor: vscode.TextEditor; sidecar: vscode.Uri }> {
  const path = `annotate/article-${++counter}.txt`;
  const editor = await openArticle(path, ARTICLE, sidecarText);
  return { editor, sidecar: workspaceUri(path + '.ann.yaml') };
}

async function annotate(editor: vscode.TextEditor, text: string, args: object, occurrence = 0): Promise<void> {
  select(editor, text, occurrence);
  await vscode.commands.executeCommand('marginalia.annotate', args);
}

async function decorated(editor: vscode.TextEditor, key: string, count: number): Promise<string[]> {
  const api = await marginalia();
  return waitFor(`${count} ${key} decorations`, () => {
    const texts = textsOf(editor, api.decorations(editor)[key]);
    return texts.length === count ? texts : undefined;
  });
}

describe('annotating', () => {
  afterEach(closeAllEditors);

  it('adds a hand-made mention of an existing actor, and an alias', async () => {
    const { editor, sidecar } = await freshArticle();
    await annotate(editor, 'Francisca Bostyn', { type: 'person' });
    await decorated(editor, 'actor:person', 1);
    await annotate(editor, 'La directrice', { actorId: 'francisca-bostyn' });
    assert.deepEqual(await decorated(editor, 'actor:person', 2), ['Francisca Bostyn', 'La directrice']);
    select(editor, 'Bostyn', 1);
    await vscode.commands.executeCommand('marginalia.addAlias', { actorId: 'francisca-bostyn' });
    assert.deepEqual(await decorated(editor, 'actor:person', 3), ['Francisca Bostyn', 'La directrice', 'Bostyn']);
    const yaml = await readText(sidecar);
    assert.match(yaml, /aliases: \[ ?Bostyn ?\]/);
    assert.match(yaml, /add:\n\s+- \{ ?text: La directrice/);
  });

  it('excludes one occurrence, and removes a hand-made mention', async () => {
    const { editor, sidecar } = await freshArticle();
    await annotate(editor, 'VSSE', { type: 'organization' });
    await decorated(editor, 'actor:organization', 2);
    select(editor, 'VSSE', 1);
    await vscode.commands.executeCommand('marginalia.excludeOccurrence');
    assert.deepEqual(await decorated(editor, 'actor:organization', 1), ['VSSE']);
    assert.match(await readText(sidecar), /exclude:\n\s+- \{ ?text: VSSE/);
    await annotate(editor, 'la Sûreté', { actorId: 'vsse' });
    await decorated(editor, 'actor:organization', 2);
    select(editor, 'Sûreté');
    await vscode.commands.executeCommand('marginalia.removeAnnotation');
    await decorated(editor, 'actor:organization', 1);
    assert.doesNotMatch(await readText(sidecar), /add:/);
  });

  it('changes an actor\'s type, renames it and merges two actors', async () => {
    // an id no other article has: a rename follows the actor into every article that shares its
    // id (outline.test.ts), and the other suites' articles have a "rabat"
    const { editor, sidecar } = await freshArticle('marginalia: 1\nactors:\n  rabat-annotate:\n    type: person\n    name: Rabat\n');
    await decorated(editor, 'actor:person', 2);
    await vscode.commands.executeCommand('marginalia.changeType', { actorId: 'rabat-annotate', type: 'place' });
    await decorated(editor, 'actor:place', 2);
    await vscode.commands.executeCommand('marginalia.renameActor', { actorId: 'rabat-annotate', name: 'Rabat (Maroc)' });
    await waitFor('the rename on disk', async () => /name: Rabat \(Maroc\)/.test(await readText(sidecar)));
    assert.equal(editor.document.getText(), ARTICLE, 'renaming an actor never edits the article');
    await annotate(editor, 'Francisca Bostyn', { type: 'person' });
    await annotate(editor, 'Bostyn', { type: 'person', name: 'Bostyn' }, 1);
    await decorated(editor, 'actor:person', 2);
    await vscode.commands.executeCommand('marginalia.mergeActors', { from: 'bostyn', into: 'francisca-bostyn' });
    const yaml = await waitFor('the merge on disk', async () => {
      const text = await readText(sidecar);
      return /^ {2}bostyn:$/m.test(text) ? undefined : text;
    });
    assert.match(yaml, /francisca-bostyn:[\s\S]*aliases: \[ ?Bostyn ?\]/);
  });

  it('attributes the quotation under the cursor and shows its speaker after it', async () => {
    const api = await marginalia();
    const { editor, sidecar } = await freshArticle();
    await annotate(editor, 'Bostyn', { type: 'person', name: 'Francisca Bostyn' }, 1);
    const inside = editor.document.getText().indexOf('renforcer');
    editor.selection = new vscode.Selection(editor.document.positionAt(inside), editor.document.positionAt(inside));
    await vscode.commands.executeCommand('marginalia.attributeQuotation', { speaker: 'francisca-bostyn' });
    assert.deepEqual(await decorated(editor, 'quotation:person', 1), ['«renforcer la coopération»']);
    assert.match(await readText(sidecar), /- text: «renforcer la coopération»[\s\S]*speaker: francisca-bostyn/);
    assert.match(api.statusBarText() ?? '', /\$\(quote\) 1/);
  });

  it('tags a passage with a topic, adds a note, and undoes and redoes the last change', async () => {
    const { editor, sidecar } = await freshArticle();
    select(editor, 'renforcer la coopération');
    await vscode.commands.executeCommand('marginalia.tagTopic', { topic: 'Counter-terrorism cooperation' });
    await waitFor('the topic on disk', async () => /counter-terrorism-cooperation:\n\s+label: Counter-terrorism cooperation/.test(await readText(sidecar)));
    select(editor, 'un communiqué');
    await vscode.commands.executeCommand('marginalia.addNote', { text: 'Which one?' });
    await waitFor('the note on disk', async () => /note: Which one\?/.test(await readText(sidecar)));
    await vscode.commands.executeCommand('marginalia.undo');
    await waitFor('the note undone', async () => !/Which one/.test(await readText(sidecar)));
    assert.match(await readText(sidecar), /Counter-terrorism cooperation/);
    await vscode.commands.executeCommand('marginalia.redo');
    await waitFor('the note redone', async () => /note: Which one\?/.test(await readText(sidecar)));
  });
});
