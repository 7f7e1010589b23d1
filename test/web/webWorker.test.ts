// The main user paths in the web worker extension host (vscode.dev, github.dev): Marginalia's
// `browser` bundle, files only through vscode.workspace.fs (here vscode-remote: URIs, a file
// system the worker reaches through the workbench, as github.dev's vscode-vfs:).
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import type { TestHooks } from '../../src/extension';
import type { OutlineItem } from '../integration/marginaliaApi';
import { closeAllEditors, exists, marginalia, openArticle, readText, select, textsOf, waitFor, workspaceUri } from '../integration/helpers';
import * as assert from './assert';

const ARTICLE =
  'Francisca Bostyn, la patronne de la VSSE, était à Rabat le 3 mars 2024 avec Jean-Marc Lemaire. ' +
  '« La menace terroriste reste élevée », a déclaré Francisca Bostyn devant Paul Van Tigchelt.\n';

async function sidecarOf(path: string) {
  const parsed = parseSidecar(await readText(workspaceUri(`${path}.ann.yaml`)));
  assert.deepEqual(parsed.problems.filter((p) => p.severity === 'error'), [], 'sidecar errors');
  return parsed.annotations;
}

function labels(items: readonly OutlineItem[]): string[] {
  return items.flatMap((item) => [item.label, ...labels(item.children)]);
}

describe('Marginalia in the web worker extension host', () => {
  afterEach(closeAllEditors);

  it('runs its browser entry in a worker without Node', async () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'the suite runs where Node is absent');
    const hooks = await vscode.extensions.getExtension<TestHooks>('marginalia.marginalia')!.activate();
    assert.ok(hooks, 'activate() returned the test hooks');
    assert.equal(hooks.compare, undefined, 'the web entry has no git comparison');
    assert.equal(vscode.extensions.getExtension('marginalia.marginalia')!.extensionKind, vscode.ExtensionKind.UI, 'the extension runs beside the workbench');
  });

  it('draws the annotations of an article and lists its actors in the outline', async () => {
    const api = await marginalia();
    const editor = await vscode.window.showTextDocument(workspaceUri('bostyn-rabat.txt'), { preview: false });
    const people = await waitFor('person decorations', () => {
      const texts = textsOf(editor, api.decorations(editor)['actor:person']);
      return texts.length > 0 ? texts : undefined;
    });
    assert.ok(people.includes('Francisca Bostyn'), `Francisca Bostyn decorated among ${JSON.stringify(people)}`);
    const outline = await waitFor('the outline', async () => {
      const found = labels(await api.outline.items());
      return found.some((label) => label.includes('Francisca Bostyn')) ? found : undefined;
    });
    assert.ok(outline.some((label) => label.includes('Paul Van Tigchelt')), 'the outline lists Paul Van Tigchelt');
  });

  it('annotates an actor: the sidecar is written through workspace.fs and the mention is drawn', async () => {
    const api = await marginalia();
    const path = 'web/annotated.txt';
    const editor = await openArticle(path, ARTICLE);
    select(editor, 'Jean-Marc Lemaire');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'person' });
    const drawn = await waitFor('the new mention drawn', () => {
      const texts = textsOf(editor, api.decorations(editor)['actor:person']);
      return texts.includes('Jean-Marc Lemaire') ? texts : undefined;
    });
    assert.deepEqual(drawn, ['Jean-Marc Lemaire']);
    await waitFor('the sidecar', () => exists(workspaceUri(`${path}.ann.yaml`)));
    const annotations = await sidecarOf(path);
    assert.deepEqual(annotations.actors.map((a) => [a.id, a.type, a.name]), [['jean-marc-lemaire', 'person', 'Jean-Marc Lemaire']]);
    assert.match(await readText(workspaceUri(`${path}.ann.yaml`)), /^marginalia: 1$/m, 'the sidecar format');
    const outline = labels(await api.outline.items());
    assert.ok(outline.some((label) => label.includes('Jean-Marc Lemaire')), `the outline has the new actor among ${JSON.stringify(outline)}`);
  });

  it('suggests actors and quotations, computed in the worker, and accepts one through its Quick Fix', async () => {
    const api = await marginalia();
    const path = 'web/suggested.txt';
    const editor = await openArticle(path, ARTICLE);
    const drawn = await waitFor('suggestions', () => {
      const s = api.suggestions(editor);
      return s['person']?.length && s['quotation']?.length ? s : undefined;
    });
    assert.ok(textsOf(editor, drawn['person']).includes('Paul Van Tigchelt'), 'an actor of another article is suggested');
    assert.deepEqual(textsOf(editor, drawn['quotation']), ['« La menace terroriste reste élevée »']);
    assert.equal(await exists(workspaceUri(`${path}.ann.yaml`)), false, 'nothing written before the user accepts');

    const at = editor.document.getText().indexOf('Paul Van Tigchelt') + 1;
    const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, range, vscode.CodeActionKind.QuickFix.value);
    const accept = actions.find((a) => /^Accept "Paul Van Tigchelt"/.test(a.title));
    assert.ok(accept?.command, `a Quick Fix accepting Paul Van Tigchelt among ${JSON.stringify(actions.map((a) => a.title))}`);
    await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
    await waitFor('the accepted actor in the sidecar', async () => (await exists(workspaceUri(`${path}.ann.yaml`))) && (await sidecarOf(path)).actors.some((a) => a.id === 'paul-van-tigchelt'));
  });

  it('opens the sample article from the extension into its storage, annotated', async () => {
    const api = await marginalia();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('marginalia.openSample');
    assert.ok(editor?.document.uri.path.endsWith('/sample/bostyn-rabat.txt'), `the sample opened: ${editor?.document.uri.toString()}`);
    const people = await waitFor('the sample decorated', () => {
      const texts = textsOf(editor, api.decorations(editor)['actor:person']);
      return texts.length > 0 ? texts : undefined;
    });
    assert.ok(people.includes('Francisca Bostyn'), `Francisca Bostyn decorated among ${JSON.stringify(people)}`);
  });

  it('opens the corpus view, whose page renders the quotations of the workspace', async () => {
    const api = await marginalia();
    await vscode.commands.executeCommand('marginalia.openCorpusView');
    const state = await waitFor('the corpus view rendered', () => api.corpusView.state(), 20_000);
    assert.ok(state.total >= 2, `the sample article's quotations among ${JSON.stringify(state)}`);
    assert.equal(state.shown, state.total, 'no filter');
  });

  it('has no git commands: the page commits the sidecars through its own Source Control view', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    assert.ok(commands.has('marginalia.annotate'), 'Marginalia registered its commands');
    for (const gitCommand of ['marginalia.commitAnnotations', 'marginalia.setUpMergeDriver', 'marginalia.compareWithBranch']) {
      assert.equal(commands.has(gitCommand), false, `${gitCommand} is registered`);
    }
  });
});
