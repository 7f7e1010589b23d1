import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseSharedActors } from '../../src/core/actors';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, marginalia, readText, textsOf, waitFor, workspaceUri, writeText } from './helpers';
import { pageProbeAvailable, quickPickRowsTitled } from './pageProbe';

// The suites share one workspace: the shared actors file is removed after this suite, and its
// actors have names no other suite's articles hold.
const ACTORS_FILE = 'marginalia.actors.yaml';
const ID = 'zephyrine-quantelle';
const ARTICLE_A = 'Zéphyrine Quantelle a ouvert la séance. Quantelle a parlé de la digue.\n';
const SIDECAR_A = `marginalia: 1\nactors:\n  ${ID}:\n    type: person\n    name: Zéphyrine Quantelle\n    aliases: [Quantelle]\n`;
const ARTICLE_B = 'Hier, Zéphyrine Quantelle était absente du conseil ; Orwin Baltrusch aussi.\n';
const SIDECAR_B = 'marginalia: 1\n';
const SIDECAR_B_WITH_ORWIN = `marginalia: 1\nactors:\n  orwin-baltrusch:\n    type: person\n    name: Orwin Baltrusch\n`;

async function open(relativePath: string, column: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(workspaceUri(relativePath), { preview: false, viewColumn: column });
  const api = await marginalia();
  await waitFor(`${relativePath} to be loaded`, () => api.articleView(editor.document));
  return editor;
}

function sameList(actual: readonly string[], expected: readonly string[]): boolean {
  return JSON.stringify(actual) === JSON.stringify(expected);
}

async function personNames(editor: vscode.TextEditor): Promise<string[]> {
  const api = await marginalia();
  return textsOf(editor, api.decorations(editor)['actor:person']);
}

describe('shared actors', function () {
  this.timeout(60_000);
  const actorsUri = () => workspaceUri(ACTORS_FILE);

  before(async () => {
    await writeText(workspaceUri('shared-actors/a.txt'), ARTICLE_A);
    await writeText(workspaceUri('shared-actors/a.txt.ann.yaml'), SIDECAR_A);
    await writeText(workspaceUri('shared-actors/b.txt'), ARTICLE_B);
    await writeText(workspaceUri('shared-actors/b.txt.ann.yaml'), SIDECAR_B);
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(actorsUri()).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri('shared-actors'), { recursive: true }).then(undefined, () => undefined);
  });

  it('promotes an actor: the file holds it, the sidecar no longer does, and another open article lights up its name at once', async () => {
    const other = await open('shared-actors/b.txt', vscode.ViewColumn.One);
    assert.deepEqual(await personNames(other), [], 'no actor in the other article yet');
    const editor = await open('shared-actors/a.txt', vscode.ViewColumn.Two);
    const promoted = await vscode.commands.executeCommand('marginalia.promoteActor', { actorId: ID });
    assert.equal(promoted, ID);

    const shared = parseSharedActors(await readText(actorsUri()));
    assert.deepEqual(shared.problems, []);
    assert.deepEqual(shared.shared.actors.map((actor) => [actor.id, actor.name, actor.aliases]), [[ID, 'Zéphyrine Quantelle', ['Quantelle']]]);
    assert.deepEqual(parseSidecar(await readText(workspaceUri('shared-actors/a.txt.ann.yaml'))).annotations.actors, [], 'moved out of the sidecar');

    assert.deepEqual(await personNames(editor), ['Zéphyrine Quantelle', 'Quantelle'], 'still an actor of its article');
    await waitFor('the other article to light up the shared name', async () => (await personNames(other)).includes('Zéphyrine Quantelle'));
    assert.equal(await readText(workspaceUri('shared-actors/b.txt.ann.yaml')), SIDECAR_B, 'a mere mention writes nothing');
  });

  it('follows the file edited by hand, and edits a property through its quick pick of declared values, shown in the hover', async () => {
    const other = await open('shared-actors/b.txt', vscode.ViewColumn.One);
    const source = await readText(actorsUri());
    await writeText(actorsUri(), source.replace('actors:\n', 'properties:\n  source-kind: [official, expert]\nactors:\n')
      + '  orwin-baltrusch:\n    type: person\n    name: Orwin Baltrusch\n');
    await waitFor('the name added by hand to light up', async () => (await personNames(other)).includes('Orwin Baltrusch'));

    // Go to Symbol in Workspace: where the shared actor is mentioned, not once per article.
    const symbols = async (query: string) => (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query))
      .filter((symbol) => symbol.name === query).map((symbol) => `${vscode.workspace.asRelativePath(symbol.location.uri)}:${symbol.location.range.start.line}`);
    await waitFor('Orwin Baltrusch in b.txt only', async () => sameList(await symbols('Orwin Baltrusch'), ['shared-actors/b.txt:0']));
    await writeText(actorsUri(), (await readText(actorsUri())) + '  ysolde-nulpart:\n    type: person\n    name: Ysolde Nulpart\n');
    const line = (await readText(actorsUri())).split('\n').indexOf('  ysolde-nulpart:');
    await waitFor('an actor mentioned nowhere, at its entry in the shared file', async () => sameList(await symbols('Ysolde Nulpart'), [`${ACTORS_FILE}:${line}`]));

    // A picker another suite left open would be the one read below: only this command's may show.
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const done = vscode.commands.executeCommand('marginalia.editActorProperties', { actorId: ID, property: 'source-kind', ...(!pageProbeAvailable() && { value: 'official' }) });
    if (pageProbeAvailable()) {
      const rows = await waitFor('the values picker', () => quickPickRowsTitled(/^Property source-kind of Zéphyrine Quantelle/));
      assert.deepEqual(rows, ['official', 'expert']);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    assert.equal(await done, 'official');
    const written = await readText(actorsUri());
    assert.ok(written.includes('  orwin-baltrusch:\n    type: person\n    name: Orwin Baltrusch\n'), 'the hand-written entry kept as written');
    assert.deepEqual(parseSharedActors(written).shared.actors.find((actor) => actor.id === ID)?.properties, { 'source-kind': 'official' });

    const at = other.document.positionAt(ARTICLE_B.indexOf('Quantelle'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', other.document.uri, at);
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /source-kind: \*\*official\*\*/);
  });

  it('renames a shared actor with F2 in the shared file only, and every article follows', async () => {
    const other = await open('shared-actors/b.txt', vscode.ViewColumn.One);
    const editor = await open('shared-actors/a.txt', vscode.ViewColumn.Two);
    const sidecars = [await readText(workspaceUri('shared-actors/a.txt.ann.yaml')), await readText(workspaceUri('shared-actors/b.txt.ann.yaml'))];
    const at = editor.document.positionAt(ARTICLE_A.indexOf('Zéphyrine'));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, at, 'Zéphyrine Quantelle-Morvan');
    assert.equal(edit.size, 0, 'no sidecar to change');
    const shared = parseSharedActors(await readText(actorsUri())).shared.actors.find((actor) => actor.id === ID);
    assert.equal(shared?.name, 'Zéphyrine Quantelle-Morvan');
    assert.ok(shared?.aliases.includes('Zéphyrine Quantelle'), 'the old name stays an alias: the articles say it');
    assert.deepEqual([await readText(workspaceUri('shared-actors/a.txt.ann.yaml')), await readText(workspaceUri('shared-actors/b.txt.ann.yaml'))], sidecars, 'the sidecars are left alone');
    const api = await marginalia();
    await waitFor('the other article to know the new name', async () => (await api.articleView(other.document))?.actorsById.get(ID)?.name === 'Zéphyrine Quantelle-Morvan');
    assert.ok((await personNames(other)).includes('Zéphyrine Quantelle'));
  });

  it('a sidecar actor with the id of a shared one extends it: its own names light up too', async () => {
    await writeText(workspaceUri('shared-actors/b.txt.ann.yaml'), SIDECAR_B_WITH_ORWIN.replace('name: Orwin Baltrusch', 'name: Orwin Baltrusch\n    aliases: [conseil]'));
    const other = await open('shared-actors/b.txt', vscode.ViewColumn.One);
    await waitFor('the sidecar alias to light up', async () => (await personNames(other)).includes('conseil'));
    assert.ok((await personNames(other)).includes('Orwin Baltrusch'));
  });

  it('reports a malformed file in the Problems panel with its line and column, and never overwrites it', async () => {
    const malformed = 'marginalia: 1\nactors:\n  x:\n    type: person\n    name: [unclosed\n';
    await writeText(actorsUri(), malformed);
    const diagnostics = await waitFor('a diagnostic on the shared actors file', () => {
      const found = vscode.languages.getDiagnostics(actorsUri());
      return found.length > 0 ? found : undefined;
    });
    assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diagnostics[0]!.range.start.line >= 4, `at the broken line (got ${diagnostics[0]!.range.start.line + 1})`);

    const other = await open('shared-actors/b.txt', vscode.ViewColumn.One);
    assert.ok((await personNames(other)).includes('Zéphyrine Quantelle'), 'the articles keep the last good version');
    await open('shared-actors/a.txt', vscode.ViewColumn.Two);
    assert.equal(await vscode.commands.executeCommand('marginalia.editActorProperties', { actorId: ID, property: 'role', value: 'mayor' }), undefined);
    assert.equal(await readText(actorsUri()), malformed, 'not overwritten');
  });
});
