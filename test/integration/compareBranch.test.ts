// Comparing an article's annotations with another branch, in the real editor with the real git:
// what both, this or the other branch has, the status bar, accepting one disagreement (an
// undoable edit of this branch's sidecar) and walking to the next.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, marginalia, readText, select, textsOf, waitFor, workspaceUri, writeText } from './helpers';

const execFileAsync = promisify(execFile);
const git = async (cwd: string, ...args: string[]) => (await execFileAsync('git', args, { cwd, encoding: 'utf8' })).stdout;

const ARTICLE = 'Francisca Bostyn, directrice de la VSSE, était à Rabat. Francisca Bostyn y a rencontré ses homologues.\n';

function sidecarWith(...actors: [id: string, type: string, name: string][]): string {
  const lines = ['marginalia: 1', 'actors:'];
  for (const [id, type, name] of actors) lines.push(`  ${id}:`, `    type: ${type}`, `    name: ${name}`);
  return lines.join('\n') + '\n';
}

describe('comparing annotations with a branch', function () {
  this.timeout(60_000);
  afterEach(closeAllEditors);

  it('shows what each branch has, accepts one from the other branch into this sidecar, and undoes it', async () => {
    const root = workspaceUri('git-tests/compare').fsPath;
    mkdirSync(root, { recursive: true });
    await git(root, 'init', '--quiet', '--initial-branch=main');
    await git(root, 'config', 'user.name', 'Marginalia Test');
    await git(root, 'config', 'user.email', 'test@marginalia.invalid');
    await git(root, 'config', 'commit.gpgsign', 'false');
    const article = vscode.Uri.file(path.join(root, 'article.txt'));
    const sidecar = vscode.Uri.file(path.join(root, 'article.txt.ann.yaml'));
    await writeText(article, ARTICLE);
    await writeText(sidecar, sidecarWith(['francisca-bostyn', 'person', 'Francisca Bostyn'], ['rabat', 'place', 'Rabat']));
    await git(root, 'add', '--all');
    await git(root, 'commit', '--quiet', '-m', 'Bob annotates');
    await git(root, 'branch', 'bob');
    await writeText(sidecar, sidecarWith(['francisca-bostyn', 'person', 'Francisca Bostyn'], ['vsse', 'organization', 'VSSE']));
    await git(root, 'commit', '--quiet', '-am', 'Ann annotates');

    const editor = await vscode.window.showTextDocument(article, { preview: false });
    const api = await marginalia();
    await waitFor('the article to be loaded', async () => (await api.articleView(editor.document))?.annotations.actors.some((a) => a.id === 'vsse'));

    const started = Date.now();
    const count = await vscode.commands.executeCommand<number>('marginalia.compareWithBranch', 'bob');
    const openMs = Date.now() - started;
    assert.equal(count, 2);
    const shown = () => api.comparison(editor);
    assert.deepEqual(textsOf(editor, shown().ranges.both), ['Francisca Bostyn', 'Francisca Bostyn']);
    assert.deepEqual(textsOf(editor, shown().ranges.onlyHere), ['VSSE']);
    assert.deepEqual(textsOf(editor, shown().ranges.onlyThere), ['Rabat']);
    assert.match(shown().statusBarText ?? '', /bob: F1 0\.67 · κ [\d.]+ · 2$/);
    console.log(`      (comparison opened in ${openMs} ms)`);

    // Next Disagreement walks from the start: VSSE, then Rabat.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('marginalia.nextDisagreement');
    assert.equal(editor.document.getText(editor.selection), 'VSSE');
    await vscode.commands.executeCommand('marginalia.nextDisagreement');
    assert.equal(editor.document.getText(editor.selection), 'Rabat');

    // Accept Bob's Rabat: this branch's sidecar gains the actor, the comparison follows.
    select(editor, 'Rabat');
    assert.equal(await vscode.commands.executeCommand('marginalia.acceptDisagreement'), true);
    await waitFor('Rabat in this branch’s sidecar', async () => /rabat:/.test(await readText(sidecar)));
    const written = parseSidecar(await readText(sidecar)).annotations;
    assert.deepEqual(written.actors.map((a) => [a.id, a.type, a.name]).sort(), [['francisca-bostyn', 'person', 'Francisca Bostyn'], ['rabat', 'place', 'Rabat'], ['vsse', 'organization', 'VSSE']]);
    await waitFor('Rabat agreed', () => textsOf(editor, shown().ranges.both).includes('Rabat'));
    assert.deepEqual(textsOf(editor, shown().ranges.onlyThere), []);
    assert.match(shown().statusBarText ?? '', / · 1$/);

    // One undo takes it back.
    await vscode.commands.executeCommand('marginalia.undo');
    await waitFor('Rabat gone from the sidecar', async () => !/rabat:/.test(await readText(sidecar)));
    await waitFor('Rabat only on bob again', () => textsOf(editor, shown().ranges.onlyThere).includes('Rabat'));

    // The Disagreements view lists them by kind; its Drop on VSSE (only here) edits the sidecar.
    const tree = await waitFor('the disagreements tree', async () => {
      const items = await api.disagreements();
      return items.length === 2 ? items : undefined;
    });
    assert.deepEqual(tree.map((g) => [g.label, g.children.map((c) => [c.label, c.contextValue])]), [
      ['Only on bob', [['Rabat', 'disagreement.acceptable']]],
      ['Only on this branch', [['VSSE', 'disagreement.droppable']]],
    ]);
    const vsse = tree[1]!.children[0]!;
    const before = await readText(sidecar);
    assert.equal(await vscode.commands.executeCommand('marginalia.dropDisagreement', vsse.node), true);
    await waitFor('VSSE no longer only here', () => shown().ranges.onlyHere?.length === 0);
    await waitFor('one group left', async () => (await api.disagreements()).length === 1);
    await waitFor('the drop written to this branch’s sidecar', async () => (await readText(sidecar)) !== before);
    await vscode.commands.executeCommand('marginalia.undo');
    await waitFor('VSSE only here again', () => textsOf(editor, shown().ranges.onlyHere).includes('VSSE'));

    await vscode.commands.executeCommand('marginalia.stopComparing');
    assert.deepEqual(shown().ranges.onlyHere, []);
    assert.equal(shown().statusBarText, undefined);
  });
});
