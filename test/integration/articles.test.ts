// Articles, and only articles: Marginalia draws and suggests nothing in a markdown file that is
// not one (a README beside the articles' folders), until the user starts annotating it.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, exists, marginalia, readText, textsOf, waitFor, workspaceUri, writeText } from './helpers';

// Names the workspace's sample article annotates (gazetteer suggestions) and a quotation.
const TEXT =
  '# Notes\n\nFrancisca Bostyn, la patronne de la VSSE, était à Rabat le 3 mars 2024 avec Jean-Marc Lemaire. ' +
  '« La menace terroriste reste élevée », a déclaré Francisca Bostyn devant Paul Van Tigchelt.\n';

async function open(path: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  await writeText(workspaceUri(path), TEXT);
  return vscode.window.showTextDocument(workspaceUri(path), { preview: false, viewColumn: column });
}

describe('articles, and only articles', function () {
  this.timeout(60_000);
  // The fixture workspace's own globs (.vscode/settings.json), which the other suites need.
  const workspaceGlobs = () => vscode.workspace.getConfiguration('marginalia').inspect<string[]>('articles')?.workspaceValue ?? [];
  let globs: string[];
  before(() => {
    globs = workspaceGlobs();
    assert.ok(globs.length > 0, 'the fixture workspace sets marginalia.articles');
  });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('marginalia').update('articles', globs, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('leaves a markdown file outside any article folder alone, and suggests in one inside', async () => {
    const api = await marginalia();
    // An article folder: it holds another article's sidecar (empty, so that the actors the other
    // suites count across the workspace stay theirs).
    await writeText(workspaceUri('articles-md/annotated.txt'), 'Un autre texte.\n');
    await writeText(workspaceUri('articles-md/annotated.txt.ann.yaml'), 'marginalia: 1\n');
    const inside = await open('articles-md/draft.md');
    const outside = await open('not-articles/README.md', vscode.ViewColumn.Beside);
    assert.equal(outside.document.languageId, 'markdown');

    await waitFor('suggestions in the article folder', () => api.suggestions(inside)['person']?.length && api.suggestions(inside)['quotation']?.length);
    assert.ok(textsOf(inside, api.suggestions(inside)['person']).includes('Francisca Bostyn'));
    // The suggesters run 300 ms after the last change, for every visible editor at once.
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.deepEqual(api.suggestions(outside), {}, 'nothing suggested outside the articles');
    assert.deepEqual(api.decorations(outside), {}, 'nothing drawn outside the articles');
    assert.equal(await api.articleView(outside.document), undefined);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', outside.document.uri, new vscode.Range(2, 1, 2, 1));
    assert.deepEqual(actions.filter((a) => /Accept|Reject/.test(a.title)).map((a) => a.title), [], 'no Quick Fix to accept a suggestion');
    assert.equal(await exists(workspaceUri('not-articles/README.md.ann.yaml')), false);
  });

  it('makes a file an article with Start Annotating This File, or with the marginalia.articles setting', async () => {
    const api = await marginalia();
    const readme = await open('started/README.md');
    const other = await open('started/drafts/other.md', vscode.ViewColumn.Beside);
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.deepEqual(api.suggestions(readme), {});

    await vscode.window.showTextDocument(readme.document, readme.viewColumn);
    assert.equal(await vscode.commands.executeCommand('marginalia.startAnnotating'), true);
    assert.equal(await readText(workspaceUri('started/README.md.ann.yaml')), 'marginalia: 1\n', 'an empty sidecar');
    await waitFor('suggestions once annotating started', () => api.suggestions(readme)['person']?.length);
    assert.ok(await api.articleView(readme.document), 'the article is loaded');

    // Only the folder of the sidecar, not the folders under it.
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.deepEqual(api.suggestions(other), {}, 'a subfolder is not an article folder');
    await vscode.workspace.getConfiguration('marginalia').update('articles', [...globs, '**/drafts/*.md'], vscode.ConfigurationTarget.Workspace);
    await waitFor('suggestions in a file the setting names', () => api.suggestions(other)['person']?.length);
  });
});
