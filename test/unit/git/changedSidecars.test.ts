import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changedSidecars, parsePorcelain } from '../../../src/editor/git/changedSidecars';
import { GitCommandError, runGit, workingTreeRoot } from '../../../src/editor/git/runGit';

describe('changed sidecars (real git)', () => {
  let root: string;
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'marginalia-changed-'));
    git('init', '--quiet', '--initial-branch=main');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@marginalia.invalid');
    mkdirSync(join(root, 'deep', 'er'), { recursive: true });
    for (const name of ['kept.txt.ann.yaml', 'edited.txt.ann.yaml', 'gone.txt.ann.yaml', 'deep/er/staged.txt.ann.yaml']) {
      writeFileSync(join(root, name), 'marginalia: 1\n');
    }
    git('add', '--all');
    git('commit', '--quiet', '-m', 'start');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists modified, staged, deleted and untracked sidecars and shared actors files anywhere in the tree, and nothing else', async () => {
    writeFileSync(join(root, 'edited.txt.ann.yaml'), 'marginalia: 1\nactors: {}\n');
    writeFileSync(join(root, 'deep/er/staged.txt.ann.yaml'), 'marginalia: 1\nnotes: []\n');
    git('add', 'deep/er/staged.txt.ann.yaml');
    unlinkSync(join(root, 'gone.txt.ann.yaml'));
    writeFileSync(join(root, 'new [draft].txt.ann.yaml'), 'marginalia: 1\n');
    writeFileSync(join(root, 'article.txt'), 'not a sidecar\n');
    writeFileSync(join(root, 'marginalia.actors.yaml'), 'marginalia: 1\nactors: {}\n');
    writeFileSync(join(root, 'deep/marginalia.actors.yaml'), 'marginalia: 1\nactors: {}\n');
    writeFileSync(join(root, 'deep/old-marginalia.actors.yaml'), 'not read by anything\n');
    const changes = await changedSidecars('git', root);
    assert.deepEqual(changes.map((c) => [c.path, c.untracked, c.deleted]).sort(), [
      ['deep/er/staged.txt.ann.yaml', false, false],
      ['deep/marginalia.actors.yaml', true, false],
      ['edited.txt.ann.yaml', false, false],
      ['gone.txt.ann.yaml', false, true],
      ['marginalia.actors.yaml', true, false],
      ['new [draft].txt.ann.yaml', true, false],
    ]);
    // Restricted to given paths, taken literally (brackets are no pattern).
    assert.deepEqual((await changedSidecars('git', root, ['new [draft].txt.ann.yaml'])).map((c) => c.path), ['new [draft].txt.ann.yaml']);
    assert.deepEqual(await changedSidecars('git', root, ['kept.txt.ann.yaml']), []);
  });

  it('finds the top of the working tree, and reports git failures with git\'s message', async () => {
    assert.equal(await workingTreeRoot('git', join(root, 'deep', 'er')), execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' }).trim());
    await assert.rejects(runGit('git', root, ['show', 'HEAD:missing.txt']), (error: unknown) =>
      error instanceof GitCommandError && /missing\.txt/.test(error.message));
  });

  it('parses renames and conflicts in porcelain output', () => {
    const output = ['R  new.txt.ann.yaml', 'old.txt.ann.yaml', 'UU both.txt.ann.yaml', ' M plain.txt.ann.yaml', ''].join('\0');
    assert.deepEqual(parsePorcelain(output).map((c) => [c.path, c.unmerged]), [
      ['new.txt.ann.yaml', false], ['both.txt.ann.yaml', true], ['plain.txt.ann.yaml', false],
    ]);
  });
});
