// The workspace index in the real host: built in the background from the articles on disk
// (none of them opened), it answers workspace symbols, references and the outline's workspace
// part; persisted, it is read back at the next start instead of parsing again; a sidecar
// changed on disk invalidates its entry.
import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import * as vscode from 'vscode';
import { RACY_MARGIN_MS } from '../../src/core/workspaceIndex';
import { findIn } from './marginaliaApi';
import { closeAllEditors, marginalia, waitFor, workspaceUri, writeText } from './helpers';

const FOLDER = 'workspace-index';
const ID = 'maelle-quentric';
const sidecarOf = (name: string, alias?: string) =>
  `marginalia: 1\nactors:\n  ${ID}:\n    type: person\n    name: ${name}\n${alias ? `    aliases: [${alias}]\n` : ''}`;
const ARTICLES: readonly [string, string][] = [
  ['un.txt', 'Maëlle Quentric a ouvert la séance.\nPuis Maëlle Quentric a voté.\n'],
  ['deux.txt', 'Le vote, dit Maëlle Quentric, est acquis.\n'],
  ['trois.txt', 'Personne ne parle de Quentric ici, sauf Maëlle Quentric.\n'],
];
const uri = (name: string) => workspaceUri(`${FOLDER}/${name}`);

async function symbolsFor(query: string): Promise<vscode.SymbolInformation[]> {
  const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
  return found.filter((s) => s.location.uri.path.includes(`/${FOLDER}/`));
}

describe('the workspace index', () => {
  let writtenAt = 0;

  before(async () => {
    for (const [name, text] of ARTICLES) {
      await writeText(uri(name), text);
      await writeText(uri(`${name}.ann.yaml`), sidecarOf('Maëlle Quentric'));
    }
    writtenAt = Date.now();
  });

  after(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('marginalia.outline.scopeArticle');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true });
  });

  it('answers workspace symbols, references and the outline\'s workspace part for articles never opened', async () => {
    const api = await marginalia();
    const symbols = await waitFor('the three articles in workspace symbols', async () => {
      const found = await symbolsFor('quentric');
      return found.length === 3 ? found : undefined;
    });
    assert.deepEqual(symbols.map((s) => s.location.uri.path.split('/').pop()).sort(), ['deux.txt', 'trois.txt', 'un.txt']);
    const un = symbols.find((s) => s.location.uri.path.endsWith('/un.txt'))!;
    assert.equal(un.name, 'Maëlle Quentric');
    assert.deepEqual([un.location.range.start.line, un.location.range.start.character, un.location.range.end.character], [0, 0, 15]);

    // Find All References from an open article lists the mentions of the closed ones, where the text has them.
    const document = await vscode.workspace.openTextDocument(uri('un.txt'));
    await vscode.window.showTextDocument(document);
    await waitFor('the article loaded', () => api.articleView(document));
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, new vscode.Position(1, 8));
    const trois = references.filter((l) => l.uri.path.endsWith('/trois.txt'));
    assert.deepEqual(trois.map((l) => [l.range.start.line, l.range.start.character, l.range.end.character]), [[0, 40, 55]]);
    assert.equal(references.filter((l) => l.uri.path.includes(`/${FOLDER}/`)).length, 4);

    await vscode.commands.executeCommand('marginalia.outline.scopeWorkspace');
    const actor = await waitFor('the actor of the three articles in the outline', async () => {
      const item = findIn(await api.outline.items(), `actor:${ID}`);
      return item?.children.length === 3 ? item : undefined;
    });
    assert.equal(actor.description, '4');
    await closeAllEditors();
  });

  it('is read back from its persisted copy at the next start, and a changed sidecar is read again', async () => {
    const api = await marginalia();
    await waitFor('the index holding the three articles', async () => (await symbolsFor('quentric')).length === 3);
    // Files written just now have stamps the index cannot trust alone (a write in the same mtime
    // tick would not show): those are checked by content. Past that margin, the stamps suffice.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, writtenAt + RACY_MARGIN_MS + 500 - Date.now())));
    const checked = await api.workspaceIndex.restart();
    assert.equal(checked.parsed, 0, `nothing changed, nothing parsed: ${JSON.stringify(checked)}`);
    const restarted = await api.workspaceIndex.restart();
    assert.equal(restarted.parsed, 0, JSON.stringify(restarted));
    assert.equal(restarted.verified, 0, JSON.stringify(restarted));
    assert.ok(restarted.fromCache >= ARTICLES.length, JSON.stringify(restarted));
    assert.equal((await symbolsFor('quentric')).length, 3);

    // A sidecar changed on disk, then a start: its stamp moved, its entry is read again.
    await writeText(uri('deux.txt.ann.yaml'), sidecarOf('Maëlle Quentric-Le Bihan', 'Maëlle Quentric'));
    const after = await api.workspaceIndex.restart();
    assert.ok(after.parsed + after.verified >= 1, JSON.stringify(after));
    const renamed = await waitFor('the new name from the changed sidecar', async () => {
      const found = await symbolsFor('bihan');
      return found.length === 1 ? found : undefined;
    });
    assert.ok(renamed[0]!.location.uri.path.endsWith('/deux.txt'));
    assert.equal(renamed[0]!.name, 'Maëlle Quentric-Le Bihan');
    // The old name is still an alias there, so the query for it still finds all three.
    assert.equal((await symbolsFor('quentric')).length, 3);
  });
  it('follows the text of an article no editor shows, changed on disk: its references move with the names', async () => {
    const trois = async () => {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'quentric');
      return found.find((symbol) => symbol.location.uri.path.endsWith(`/${FOLDER}/trois.txt`));
    };
    assert.equal((await waitFor('trois.txt indexed', trois)).location.range.start.line, 0);
    // A pull adds a headline above: the first mention is now on line 2.
    await writeText(uri('trois.txt'), 'Titre\n\nPersonne ne parle de Quentric ici, sauf Maëlle Quentric.\n');
    const moved = await waitFor('the first mention on its new line', async () => ((await trois())?.location.range.start.line === 2 ? trois() : undefined));
    assert.deepEqual([moved!.location.range.start.character, moved!.location.range.end.character], [40, 55]);
  });
  it('looks for sidecars everywhere but in dependencies, and follows no link back up the tree', async () => {
    const api = await marginalia();
    await writeText(uri('node_modules/dep/lu.txt'), 'Maëlle Quentric dans une dépendance.\n');
    await writeText(uri('node_modules/dep/lu.txt.ann.yaml'), sidecarOf('Maëlle Quentric'));
    await writeText(uri('sous/dossier/quatre.txt'), 'Maëlle Quentric, plus bas.\n');
    await writeText(uri('sous/dossier/quatre.txt.ann.yaml'), sidecarOf('Maëlle Quentric'));
    await vscode.workspace.fs.createDirectory(uri('sous'));
    if (process.platform !== 'win32') symlinkSync(workspaceUri(FOLDER).fsPath, uri('sous/boucle').fsPath, 'dir');
    await api.workspaceIndex.restart();
    await api.workspaceIndex.idle();
    const found = await waitFor('the article below, and not the dependency', async () => {
      const names = (await symbolsFor('quentric')).map((s) => vscode.workspace.asRelativePath(s.location.uri));
      return names.some((name) => name.endsWith('quatre.txt')) ? names : undefined;
    });
    assert.ok(!found.some((name) => name.includes('node_modules')), found.join(', '));
    assert.ok(!found.some((name) => name.includes('boucle')), found.join(', '));
    assert.equal(found.length, 4, found.join(', '));
  });
});
