// Git in the editor, against the real git binary: Commit Annotations, following checkouts,
// Set Up Git Merge Driver, and the Quick Fixes of sidecars in conflict.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import { parseSharedActors } from '../../src/core/actors';
import { parseSidecar } from '../../src/core/sidecar';
import { closeAllEditors, marginalia, readText, select, textsOf, waitFor, workspaceUri, writeText } from './helpers';

const execFileAsync = promisify(execFile);

/** Runs git in `cwd` and returns what it printed; throws when git fails. */
async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await execFileAsync('git', args, { cwd, encoding: 'utf8' })).stdout;
}

/** Runs git in `cwd` and returns its exit code. */
async function gitStatus(cwd: string, ...args: string[]): Promise<number> {
  try {
    await execFileAsync('git', args, { cwd });
    return 0;
  } catch (error) {
    return (error as { code?: number }).code ?? -1;
  }
}

/** A fresh repository in the test workspace, with an identity (the temporary HOME has none). */
async function initRepository(name: string): Promise<string> {
  const root = workspaceUri(`git-tests/${name}`).fsPath;
  mkdirSync(root, { recursive: true });
  await git(root, 'init', '--quiet', '--initial-branch=main');
  await git(root, 'config', 'user.name', 'Marginalia Test');
  await git(root, 'config', 'user.email', 'test@marginalia.invalid');
  await git(root, 'config', 'commit.gpgsign', 'false');
  return root;
}

async function write(root: string, relative: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.file(path.join(root, relative));
  await writeText(uri, text);
  return uri;
}

async function commitAll(root: string, message: string): Promise<void> {
  await git(root, 'add', '--all');
  await git(root, 'commit', '--quiet', '-m', message);
}

const ARTICLE = 'Francisca Bostyn, directrice de la VSSE, était à Rabat. Francisca Bostyn y a rencontré ses homologues.\n';

function sidecarWith(...actors: [id: string, type: string, name: string][]): string {
  const lines = ['marginalia: 1', 'actors:'];
  for (const [id, type, name] of actors) lines.push(`  ${id}:`, `    type: ${type}`, `    name: ${name}`);
  return lines.join('\n') + '\n';
}

async function openArticleAt(root: string, relative: string): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.file(path.join(root, relative)), { preview: false });
  const api = await marginalia();
  await waitFor('the article to be loaded', () => api.articleView(editor.document));
  return editor;
}

async function decorated(editor: vscode.TextEditor, key: string): Promise<string[]> {
  const api = await marginalia();
  return textsOf(editor, api.decorations(editor)[key]);
}

describe('git in the editor', function () {
  this.timeout(60_000);
  afterEach(closeAllEditors);

  it('commits only the annotated sidecar, with a message that says what changed', async () => {
    const root = await initRepository('commit');
    await write(root, 'article.txt', ARTICLE);
    await commitAll(root, 'add the article');
    // Something else the user staged: it must stay staged, and out of the commit.
    await write(root, 'notes.md', 'to check\n');
    await git(root, 'add', 'notes.md');

    const editor = await vscode.window.showTextDocument(vscode.Uri.file(path.join(root, 'article.txt')), { preview: false });
    select(editor, 'Francisca Bostyn');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'person' });
    select(editor, 'VSSE');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'organization' });
    const sidecar = vscode.Uri.file(path.join(root, 'article.txt.ann.yaml'));
    await waitFor('both actors in the sidecar', async () => /vsse:/.test(await readText(sidecar).catch(() => '')));

    const commits = await vscode.commands.executeCommand<{ commit: string; paths: string[] }[]>('marginalia.commitAnnotations', { scope: 'current' });
    assert.equal(commits?.length, 1);
    assert.deepEqual(commits[0]!.paths, ['article.txt.ann.yaml']);
    assert.equal((await git(root, 'log', '-1', '--format=%s')).trim(), 'annotate article.txt: +2 actors (Francisca Bostyn, VSSE), 3 mentions');
    assert.equal((await git(root, 'rev-parse', 'HEAD')).trim(), commits[0]!.commit);
    assert.deepEqual((await git(root, 'show', '--name-only', '--format=', 'HEAD')).trim().split('\n'), ['article.txt.ann.yaml']);
    assert.match(await git(root, 'show', '--stat', 'HEAD'), /article\.txt\.ann\.yaml \| \d+ \+/);
    assert.deepEqual((await git(root, 'diff', '--cached', '--name-only')).trim().split('\n'), ['notes.md']);

    // Nothing left to commit: no commit, no error.
    assert.deepEqual(await vscode.commands.executeCommand('marginalia.commitAnnotations', { scope: 'current' }), []);

    // A change to the committed sidecar, with an edited message, through the "all" scope.
    select(editor, 'Rabat');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'place' });
    await waitFor('Rabat in the sidecar', async () => /rabat:/.test(await readText(sidecar)));
    const again = await vscode.commands.executeCommand<{ message: string }[]>('marginalia.commitAnnotations', { scope: 'all', message: 'annotate the places' });
    assert.equal(again?.[0]?.message, 'annotate the places');
    assert.equal((await git(root, 'log', '-1', '--format=%s')).trim(), 'annotate the places');
    assert.deepEqual((await git(root, 'diff', '--cached', '--name-only')).trim().split('\n'), ['notes.md']);
  });

  it('commits the shared actors file with the sidecar that reads it, and names both in the message', async () => {
    const root = await initRepository('shared-actors');
    await write(root, 'article.txt', ARTICLE);
    await write(root, 'article.txt.ann.yaml', 'marginalia: 1\n');
    await write(root, 'marginalia.actors.yaml', sidecarWith(['vsse', 'organization', 'VSSE']));
    await commitAll(root, 'add the article and its actors');
    // Edited by hand or by Promote Actor to Workspace: a change the article's commit must carry.
    await write(root, 'marginalia.actors.yaml', sidecarWith(['vsse', 'organization', 'VSSE'], ['francisca-bostyn', 'person', 'Francisca Bostyn']));
    await write(root, 'elsewhere/marginalia.actors.yaml', sidecarWith(['rabat', 'place', 'Rabat']));

    const editor = await openArticleAt(root, 'article.txt');
    select(editor, 'Rabat');
    await vscode.commands.executeCommand('marginalia.annotate', { type: 'place' });
    await waitFor('Rabat in the sidecar', async () => /rabat:/.test(await readText(vscode.Uri.file(path.join(root, 'article.txt.ann.yaml'))).catch(() => '')));

    const commits = await vscode.commands.executeCommand<{ paths: string[]; message: string }[]>('marginalia.commitAnnotations', { scope: 'current' });
    assert.deepEqual(commits?.[0]?.paths, ['article.txt.ann.yaml', 'marginalia.actors.yaml'], 'not the actors file of another folder');
    assert.deepEqual((await git(root, 'show', '--name-only', '--format=', 'HEAD')).trim().split('\n'), ['article.txt.ann.yaml', 'marginalia.actors.yaml']);
    const message = await git(root, 'log', '-1', '--format=%B');
    assert.match(message, /^annotate article\.txt and the shared actors: /);
    assert.match(message, /- marginalia\.actors\.yaml: \+1 actor \(Francisca Bostyn\)/);
    assert.equal((await git(root, 'status', '--porcelain', '--', 'elsewhere')).trim(), '?? elsewhere/');
  });

  it('follows a checkout: highlights and Problems change with the sidecar and the text', async () => {
    const root = await initRepository('checkout');
    await write(root, 'article.txt', ARTICLE);
    await write(root, 'article.txt.ann.yaml', sidecarWith(['rabat', 'place', 'Rabat']));
    await commitAll(root, 'annotate places');
    await git(root, 'checkout', '--quiet', '-b', 'organisations');
    await write(root, 'article.txt', ARTICLE + 'La VSSE a confirmé la visite.\n');
    // An added mention that is not in the text: an orphan, reported in Problems.
    await write(root, 'article.txt.ann.yaml', sidecarWith(['vsse', 'organization', 'VSSE']) +
      '    mentions:\n      add:\n        - {text: la Sûreté, before: "", after: ""}\n');
    await commitAll(root, 'annotate organisations');
    await git(root, 'checkout', '--quiet', 'main');

    const editor = await openArticleAt(root, 'article.txt');
    const sidecar = vscode.Uri.file(path.join(root, 'article.txt.ann.yaml'));
    await waitFor('Rabat highlighted', async () => (await decorated(editor, 'actor:place')).includes('Rabat'));

    const started = Date.now();
    await git(root, 'checkout', '--quiet', 'organisations');
    await waitFor('the VSSE highlighted after the checkout', async () => (await decorated(editor, 'actor:organization')).length === 2, 5000);
    const elapsed = Date.now() - started;
    assert.deepEqual(await decorated(editor, 'actor:place'), []);
    assert.match(editor.document.getText(), /a confirmé la visite/);
    await waitFor('the orphan in Problems', () => vscode.languages.getDiagnostics(sidecar).some((d) => d.code === 'orphan'), 5000);
    console.log(`      highlights followed the checkout in ${elapsed} ms`);
    // Typically 0.5–0.9 s (file watcher latency included); the margin is for loaded CI machines.
    assert.ok(elapsed < 3000, `highlights followed the checkout in ${elapsed} ms`);

    await git(root, 'checkout', '--quiet', 'main');
    await waitFor('Rabat highlighted again', async () => (await decorated(editor, 'actor:place')).includes('Rabat'), 5000);
    await waitFor('the orphan gone from Problems', () => !vscode.languages.getDiagnostics(sidecar).some((d) => d.code === 'orphan'), 5000);
  });

  it('sets up the merge driver (idempotent), and git then merges sidecars entry by entry', async () => {
    const root = await initRepository('driver');
    await write(root, '.gitattributes', '*.txt text\n');
    await write(root, 'article.txt', ARTICLE);
    await write(root, 'article.txt.ann.yaml', sidecarWith(['francisca-bostyn', 'person', 'Francisca Bostyn']));
    await commitAll(root, 'start');

    const setup = await vscode.commands.executeCommand<{ attributesChanged: boolean }>('marginalia.setUpMergeDriver', { path: root });
    assert.equal(setup?.attributesChanged, true);
    assert.equal(await readText(vscode.Uri.file(path.join(root, '.gitattributes'))), '*.txt text\n*.ann.yaml merge=marginalia\nmarginalia.actors.yaml merge=marginalia\n');
    const driver = (await git(root, 'config', '--get', 'merge.marginalia.driver')).trim();
    // Git runs a launcher in the extension's global storage, not the versioned extension folder
    // (which an update removes); the launcher runs this version's CLI with the host's runtime.
    const launcher = /^sh '?(.+?marginalia-cli\.sh)'? merge-driver %O %A %B %P$/.exec(driver)?.[1];
    assert.ok(launcher, driver);
    const script = await readText(vscode.Uri.file(launcher));
    assert.ok(script.includes(path.join('dist', 'cli.js')), script);
    assert.ok(script.includes(process.execPath), `${script} runs the extension host's runtime`);
    const again = await vscode.commands.executeCommand<{ attributesChanged: boolean }>('marginalia.setUpMergeDriver', { path: root });
    assert.equal(again?.attributesChanged, false);
    assert.equal(await readText(vscode.Uri.file(path.join(root, '.gitattributes'))), '*.txt text\n*.ann.yaml merge=marginalia\nmarginalia.actors.yaml merge=marginalia\n');
    await commitAll(root, 'merge sidecars with Marginalia');

    await divergeOnActors(root);
    assert.equal(await gitStatus(root, 'merge', '--quiet', '--no-edit', 'alice'), 0, 'the driver merged the sidecar');
    const merged = parseSidecar(await readText(vscode.Uri.file(path.join(root, 'article.txt.ann.yaml'))));
    assert.deepEqual(merged.annotations.actors.map((a) => a.id).sort(), ['francisca-bostyn', 'rabat', 'vsse']);
  });

  it('offers to merge a sidecar left with conflict markers with the merge driver', async () => {
    const root = await initRepository('markers');
    await write(root, 'article.txt', ARTICLE);
    await write(root, 'article.txt.ann.yaml', sidecarWith(['francisca-bostyn', 'person', 'Francisca Bostyn']));
    await commitAll(root, 'start');
    await divergeOnActors(root);
    assert.equal(await gitStatus(root, 'merge', '--quiet', '--no-edit', 'alice'), 1, 'git (without the driver) leaves markers');
    const sidecar = vscode.Uri.file(path.join(root, 'article.txt.ann.yaml'));
    assert.match(await readText(sidecar), /^<<<<<<< /m);

    const editor = await openArticleAt(root, 'article.txt');
    await waitFor('the conflict reported', () => vscode.languages.getDiagnostics(sidecar).some((d) => d.code === 'merge-conflict'));
    await applyMergeWithDriver(sidecar);

    const text = await readText(sidecar);
    assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m);
    assert.deepEqual(parseSidecar(text).annotations.actors.map((a) => a.id).sort(), ['francisca-bostyn', 'rabat', 'vsse']);
    assert.equal((await git(root, 'diff', '--name-only', '--diff-filter=U')).trim(), '', 'the merged sidecar is staged');
    await waitFor('the merged actors highlighted', async () =>
      (await decorated(editor, 'actor:place')).includes('Rabat') && (await decorated(editor, 'actor:organization')).includes('VSSE'), 5000);
    await waitFor('the conflict gone from Problems', () => !vscode.languages.getDiagnostics(sidecar).some((d) => d.code === 'merge-conflict'), 5000);
  });

  it('offers the same Quick Fix on a shared actors file left with conflict markers', async () => {
    const root = await initRepository('shared-markers');
    await write(root, 'marginalia.actors.yaml', sidecarWith(['francisca-bostyn', 'person', 'Francisca Bostyn']));
    await commitAll(root, 'start');
    await divergeOnActors(root, 'marginalia.actors.yaml');
    assert.equal(await gitStatus(root, 'merge', '--quiet', '--no-edit', 'alice'), 1, 'git (without the driver) leaves markers');

    const uri = vscode.Uri.file(path.join(root, 'marginalia.actors.yaml'));
    await applyMergeWithDriver(uri);

    const text = await readText(uri);
    assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m);
    assert.deepEqual(parseSharedActors(text).shared.actors.map((a) => a.id), ['francisca-bostyn', 'rabat', 'vsse']);
    assert.equal((await git(root, 'diff', '--name-only', '--diff-filter=U')).trim(), '', 'the merged file is staged');
  });

  it('offers a Quick Fix per side of a conflict the merge driver recorded', async function () {
    const source = sidecarWith(['francisca-bostyn', 'person', 'F. Bostyn']) + [
      'conflicts:',
      '  - path: actors.francisca-bostyn.name',
      '    section: actors',
      '    entry: francisca-bostyn',
      '    field: name',
      '    base: Francisca',
      '    ours: F. Bostyn',
      '    theirs: Francisca Bostyn',
      '',
    ].join('\n');
    // The reader must read the `conflicts:` section: a reader that does not is a failure, not a skip.
    assert.equal(parseSidecar(source).annotations.conflicts?.length, 1, 'the reader reads the recorded conflict');
    const root = await initRepository('recorded');
    await write(root, 'article.txt', ARTICLE);
    const sidecar = await write(root, 'article.txt.ann.yaml', source);
    const editor = await openArticleAt(root, 'article.txt');
    const diagnostic = await waitFor('the recorded conflict reported', () =>
      vscode.languages.getDiagnostics(sidecar).find((d) => d.code === 'merge-conflict-recorded'));
    await vscode.workspace.openTextDocument(sidecar);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', sidecar, diagnostic.range);
    const titles = actions.map((action) => action.title);
    for (const prefix of ['Keep ours ("F. Bostyn")', 'Take theirs ("Francisca Bostyn")', 'Keep base ("Francisca")']) {
      assert.ok(titles.some((title) => title.startsWith(prefix)), `${prefix} offered (got ${titles.join(', ')})`);
    }
    const theirs = actions.find((action) => action.title.startsWith('Take theirs'))!;
    await vscode.commands.executeCommand(theirs.command!.command, ...(theirs.command!.arguments ?? []));
    const resolved = parseSidecar(await readText(sidecar));
    assert.equal(resolved.annotations.conflicts, undefined);
    assert.equal(resolved.annotations.actors[0]?.name, 'Francisca Bostyn');
    await waitFor('both mentions highlighted under the name taken', async () => (await decorated(editor, 'actor:person')).length === 2, 5000);
  });
});

/** Branch "alice" adds Rabat, main adds the VSSE: both append to the same section of `file` (the sidecar, or the shared actors file). */
async function divergeOnActors(root: string, file = 'article.txt.ann.yaml'): Promise<void> {
  await git(root, 'checkout', '--quiet', '-b', 'alice');
  await write(root, file, sidecarWith(['francisca-bostyn', 'person', 'Francisca Bostyn'], ['rabat', 'place', 'Rabat']));
  await commitAll(root, 'alice: places');
  await git(root, 'checkout', '--quiet', 'main');
  await write(root, file, sidecarWith(['francisca-bostyn', 'person', 'Francisca Bostyn'], ['vsse', 'organization', 'VSSE']));
  await commitAll(root, 'main: organisations');
}

/** Asks for the Quick Fixes at the first conflict marker of `uri`, as the lightbulb does, and runs "Merge with Marginalia's merge driver". */
async function applyMergeWithDriver(uri: vscode.Uri): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const markerLine = document.getText().split('\n').findIndex((line) => line.startsWith('<<<<<<<'));
  assert.ok(markerLine >= 0, 'markers in the file');
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(markerLine, 0, markerLine, 7));
  const fix = actions.find((action) => action.title === "Merge with Marginalia's merge driver");
  assert.ok(fix?.command, `the Quick Fix is offered (got ${actions.map((a) => a.title).join(', ')})`);
  assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
  await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
}
