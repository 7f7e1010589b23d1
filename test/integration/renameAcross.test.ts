// Rename Symbol (F2) on an actor renames it in every annotated article of the workspace that
// shares its id: open ones through their sessions, closed ones through the returned edit;
// a sidecar with errors is left alone and named in a warning.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, marginalia, openArticle, readText, waitFor, workspaceUri, writeText } from './helpers';

const ID = 'annelies-verlinden';
const NEW_NAME = 'Annelies Verlinden, ministre';

function sidecarOf(...actors: [id: string, type: string, name: string][]): string {
  const lines = ['marginalia: 1', 'actors:'];
  for (const [id, type, name] of actors) lines.push(`  ${id}:`, `    type: ${type}`, `    name: ${name}`);
  return lines.join('\n') + '\n';
}

const HERE = 'La ministre Annelies Verlinden a répondu. Annelies Verlinden a ensuite quitté la salle.\n';
const OPEN = 'Annelies Verlinden était à Bruxelles.\n';
const CLOSED = 'A. Verlinden et la VSSE ont présenté le rapport.\n';
const CLOSED_SIDECAR = sidecarOf([ID, 'person', 'A. Verlinden'], ['vsse', 'organization', 'VSSE']);
const HOMONYM_SIDECAR = sidecarOf(['verlinden-homonyme', 'person', 'Annelies Verlinden']);
const BROKEN_SIDECAR = `marginalia: 1
actors:
<<<<<<< HEAD
  ${ID}:
    type: person
    name: Annelies Verlinden
=======
  ${ID}:
    type: person
    name: A. Verlinden
>>>>>>> alice
`;

const uri = (name: string) => workspaceUri(`rename-across/${name}`);
const actorsIn = async (name: string) => parseSidecar(await readText(uri(`${name}.ann.yaml`))).annotations.actors;
const nameAndAliases = async (name: string) => (await actorsIn(name)).filter((a) => a.id === ID).map((a) => [a.name, a.aliases]);

describe('renaming an actor across articles', () => {
  afterEach(closeAllEditors);

  it('renames the actor in every sidecar with its id, skips a sidecar with errors, and can be undone', async () => {
    const api = await marginalia();
    await writeText(uri('closed.txt'), CLOSED);
    await writeText(uri('closed.txt.ann.yaml'), CLOSED_SIDECAR);
    await writeText(uri('homonym.txt'), HERE);
    await writeText(uri('homonym.txt.ann.yaml'), HOMONYM_SIDECAR);
    await writeText(uri('broken.txt'), OPEN);
    await writeText(uri('broken.txt.ann.yaml'), BROKEN_SIDECAR);
    await openArticle('rename-across/open.txt', OPEN, sidecarOf([ID, 'person', 'Annelies Verlinden']));
    const editor = await openArticle('rename-across/here.txt', HERE, sidecarOf([ID, 'person', 'Annelies Verlinden']));
    const { document } = editor;
    const position = document.positionAt(HERE.indexOf('Annelies') + 2);
    // The workspace index has seen the closed article once Find All References lists it.
    await waitFor('the closed article in the workspace index', async () => {
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      return references.some((l) => l.uri.toString() === uri('closed.txt').toString());
    });

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, position, NEW_NAME);

    // This article and the other open one: renamed at once, through their sessions.
    assert.deepEqual(await nameAndAliases('here.txt'), [[NEW_NAME, ['Annelies Verlinden']]]);
    assert.deepEqual(await nameAndAliases('open.txt'), [[NEW_NAME, ['Annelies Verlinden']]]);
    // The closed article: only its sidecar is in the edit; no article text anywhere.
    assert.deepEqual(edit.entries().map(([u]) => vscode.workspace.asRelativePath(u)), ['rename-across/closed.txt.ann.yaml']);
    // The sidecar with conflict markers is not written, and the user is told.
    assert.equal(await readText(uri('broken.txt.ann.yaml')), BROKEN_SIDECAR);
    assert.match(api.lastWarning() ?? '', /^Annelies Verlinden, ministre was renamed, but not in rename-across\/broken\.txt\.ann\.yaml \(line 3: git conflict marker/);
    // Another actor with the same name but another id is another person: untouched.
    assert.equal(await readText(uri('homonym.txt.ann.yaml')), HOMONYM_SIDECAR);

    assert.ok(await vscode.workspace.applyEdit(edit, { isRefactoring: true }));
    // As after F2 in the editor: files the rename changed are saved (files.refactoring.autoSave).
    await waitFor('the closed article renamed on disk', async () => (await nameAndAliases('closed.txt'))[0]?.[0] === NEW_NAME);
    assert.deepEqual(await nameAndAliases('closed.txt'), [[NEW_NAME, ['A. Verlinden']]]);
    const closedText = await readText(uri('closed.txt.ann.yaml'));
    assert.ok(closedText.endsWith('  vsse:\n    type: organization\n    name: VSSE\n'), `the other entries are kept as they were:\n${closedText}`);
    assert.equal(await readText(uri('closed.txt')), CLOSED);
    assert.equal(await readText(uri('here.txt')), HERE);

    // Undo: Marginalia: Undo in this article reverts it here; VS Code's Undo reverts the edit.
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('marginalia.undo');
    assert.deepEqual(await nameAndAliases('here.txt'), [['Annelies Verlinden', []]]);
    const closedSidecar = await vscode.window.showTextDocument(uri('closed.txt.ann.yaml'));
    await vscode.commands.executeCommand('undo');
    assert.equal(closedSidecar.document.getText(), CLOSED_SIDECAR);
  });
});
