import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, exists, marginalia, openArticle, readText, textsOf, waitFor, workspaceUri } from './helpers';

// The workspace's sample article (bostyn-rabat.txt) annotates Francisca Bostyn, VSSE, Rabat and
// Paul Van Tigchelt: here they come back as gazetteer suggestions; Jean-Marc Lemaire is new.
const ARTICLE =
  'Francisca Bostyn, la patronne de la VSSE, était à Rabat le 3 mars 2024 avec Jean-Marc Lemaire. ' +
  '« La menace terroriste reste élevée », a déclaré Francisca Bostyn devant Paul Van Tigchelt.\n';

async function sidecarOf(path: string) {
  const parsed = parseSidecar(await readText(workspaceUri(`${path}.ann.yaml`)));
  assert.deepEqual(parsed.problems.filter((p) => p.severity === 'error'), []);
  return parsed.annotations;
}

/** Runs the Quick Fix whose title matches, on the first occurrence of `text`. */
async function quickFix(editor: vscode.TextEditor, text: string, title: RegExp): Promise<void> {
  const at = editor.document.getText().indexOf(text);
  const range = new vscode.Range(editor.document.positionAt(at + 1), editor.document.positionAt(at + 1));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action?.command, `a Quick Fix ${title} on "${text}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('suggestions', () => {
  afterEach(closeAllEditors);

  it('draws entity and quotation suggestions faintly and writes nothing until one is accepted', async () => {
    const api = await marginalia();
    const editor = await openArticle('suggestions/shown.txt', ARTICLE);
    const drawn = await waitFor('suggestions', () => {
      const s = api.suggestions(editor);
      return s['person']?.length && s['quotation']?.length ? s : undefined;
    });
    assert.ok(textsOf(editor, drawn['person']).includes('Paul Van Tigchelt'));
    assert.ok(textsOf(editor, drawn['place']).includes('Rabat'));
    assert.deepEqual(textsOf(editor, drawn['quotation']), ['« La menace terroriste reste élevée »']);
    assert.equal(await exists(workspaceUri('suggestions/shown.txt.ann.yaml')), false, 'no sidecar written');
  });

  it('accepts an entity and a quotation through the Quick Fix, and rejects one for good', async () => {
    const api = await marginalia();
    const path = 'suggestions/quickfix.txt';
    const editor = await openArticle(path, ARTICLE);
    await waitFor('person suggestions', () => api.suggestions(editor)['person']?.length);

    await quickFix(editor, 'Jean-Marc Lemaire', /^Accept "Jean-Marc Lemaire" as a new person/);
    await waitFor('the new actor in the sidecar', async () => (await exists(workspaceUri(`${path}.ann.yaml`))) && (await sidecarOf(path)).actors.length === 1);
    assert.deepEqual((await sidecarOf(path)).actors.map((a) => [a.id, a.type, a.name]), [['jean-marc-lemaire', 'person', 'Jean-Marc Lemaire']]);
    await waitFor('the accepted name no longer suggested', () => !textsOf(editor, api.suggestions(editor)['person']).includes('Jean-Marc Lemaire'));

    // an actor of another article of the workspace: copied with its id, the same actor
    await quickFix(editor, 'Paul Van Tigchelt', /^Accept "Paul Van Tigchelt" as a mention of Paul Van Tigchelt/);
    await waitFor('the known actor in the sidecar', async () => (await sidecarOf(path)).actors.some((a) => a.id === 'paul-van-tigchelt' && a.type === 'person'));

    await quickFix(editor, '« La menace', /^Accept quotation/);
    const quotation = await waitFor('the quotation in the sidecar', async () => (await sidecarOf(path)).quotations[0]);
    assert.equal(quotation.anchor.text, '« La menace terroriste reste élevée »');
    assert.equal(quotation.cue?.text, 'a déclaré');
    assert.deepEqual(quotation.speaker, { actor: 'francisca-bostyn' }, 'the speaker linked to the workspace actor');
    assert.ok((await sidecarOf(path)).actors.some((a) => a.id === 'francisca-bostyn'), 'the speaker actor copied into this sidecar');
    await waitFor('the stored quotation no longer suggested', () => !api.suggestions(editor)['quotation']?.length);

    await quickFix(editor, 'Rabat', /^Reject suggestion "Rabat"/);
    const rejected = await waitFor('the rejection in the sidecar', async () => (await sidecarOf(path)).rejected[0]);
    assert.deepEqual([rejected.kind, rejected.anchor.text], ['actor', 'Rabat']);
    await waitFor('Rabat no longer suggested', () => !textsOf(editor, api.suggestions(editor)['place']).includes('Rabat'));
    assert.ok(!(await sidecarOf(path)).actors.some((a) => a.name === 'Rabat'));
  });

  it('turns a kind off with its setting', async () => {
    const api = await marginalia();
    const editor = await openArticle('suggestions/setting.txt', ARTICLE);
    await waitFor('person suggestions', () => api.suggestions(editor)['person']?.length);
    const config = vscode.workspace.getConfiguration('marginalia.suggestions');
    try {
      await config.update('entities', false, vscode.ConfigurationTarget.Workspace);
      const left = await waitFor('only quotations left', () => {
        const s = api.suggestions(editor);
        return Object.keys(s).join() === 'quotation' ? s : undefined;
      });
      assert.equal(left['quotation']?.length, 1);
      await config.update('quotations', false, vscode.ConfigurationTarget.Workspace);
      await waitFor('no suggestion left', () => Object.keys(api.suggestions(editor)).length === 0);
    } finally {
      await config.update('entities', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('quotations', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('suggestions back', () => api.suggestions(editor)['person']?.length);
  });

  it('accepts every suggestion of a kind with acceptSuggestions, and those of the selection', async () => {
    const api = await marginalia();
    const path = 'suggestions/bulk.txt';
    const editor = await openArticle(path, ARTICLE);
    await waitFor('person suggestions', () => api.suggestions(editor)['person']?.length);
    await vscode.commands.executeCommand('marginalia.acceptSuggestions', { kind: 'person' });
    const actors = await waitFor('persons in the sidecar', async () => {
      if (!(await exists(workspaceUri(`${path}.ann.yaml`)))) return undefined;
      const list = (await sidecarOf(path)).actors;
      return list.length > 0 ? list : undefined;
    });
    assert.deepEqual(actors.map((a) => a.type), actors.map(() => 'person'));
    assert.deepEqual(actors.map((a) => a.name).sort(), ['Francisca Bostyn', 'Jean-Marc Lemaire', 'Paul Van Tigchelt']);
    await waitFor('no person suggestion left', () => !api.suggestions(editor)['person']?.length);

    // the selection limits the command to the suggestions inside it
    const start = ARTICLE.indexOf('Rabat');
    editor.selection = new vscode.Selection(editor.document.positionAt(start - 2), editor.document.positionAt(start + 'Rabat'.length + 1));
    await vscode.commands.executeCommand('marginalia.acceptSuggestions');
    // Other suites' articles may already know Rabat (the gazetteer then proposes that actor, with its own name).
    await waitFor('Rabat accepted', async () =>
      (await sidecarOf(path)).actors.some((a) => a.type === 'place' && [a.name, ...a.aliases].some((n) => n.startsWith('Rabat'))),
    );
    assert.equal((await sidecarOf(path)).quotations.length, 0, 'the quotation was outside the selection');
  });
});
