/**
 * The merge driver across an update of the extension: git is configured once, as *Set Up Git
 * Merge Driver* does, then version 0.1.0 is replaced by 0.1.1 (its folder removed, as VS Code
 * does), and sidecars must still merge entry by entry — after 0.1.1 started once, and before.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeDriverEntries } from '../../../src/core/git/driverRuntime';
import { installLauncher } from '../../../src/editor/git/driverLauncher';
import { cliBundle, TempRepo } from './gitRepo';

const HOST = { execPath: process.execPath };

function sidecar(...actors: [id: string, type: string, name: string][]): string {
  return ['marginalia: 1', 'actors:', ...actors.flatMap(([id, type, name]) => [`  ${id}:`, `    type: ${type}`, `    name: ${name}`])].join('\n') + '\n';
}

/** Installs a version of the extension the way VS Code lays it out: `<extensions>/<id>-<version>/dist/cli.js`. */
function install(extensions: string, version: string): string {
  const folder = join(extensions, `marginalia.marginalia-${version}`);
  mkdirSync(join(folder, 'dist'), { recursive: true });
  copyFileSync(cliBundle(), join(folder, 'dist', 'cli.js'));
  return folder;
}

/** Two branches that each annotate another actor of the same article, `alice` to be merged into `main`. */
function diverge(repo: TempRepo): void {
  repo.write('article.txt', 'Francisca Bostyn était à Rabat avec la VSSE.\n');
  repo.write('article.txt.ann.yaml', sidecar(['francisca-bostyn', 'person', 'Francisca Bostyn']));
  repo.commitAll('start');
  repo.git('checkout', '-q', '-b', 'alice');
  repo.write('article.txt.ann.yaml', sidecar(['francisca-bostyn', 'person', 'Francisca Bostyn'], ['rabat', 'place', 'Rabat']));
  repo.commitAll('annotate Rabat');
  repo.git('checkout', '-q', 'main');
  repo.write('article.txt.ann.yaml', sidecar(['francisca-bostyn', 'person', 'Francisca Bostyn'], ['vsse', 'organization', 'VSSE']));
  repo.commitAll('annotate the VSSE');
}

function mergedActors(repo: TempRepo): string[] {
  return [...repo.read('article.txt.ann.yaml').matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1]!);
}

describe('the merge driver after an update of the extension', function () {
  this.timeout(60_000);
  let root: string;
  let repo: TempRepo;
  let extensions: string;
  let storage: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'marginalia-update-'));
    extensions = join(root, 'extensions');
    storage = join(root, 'globalStorage', 'marginalia.marginalia');
    repo = new TempRepo();
  });
  afterEach(() => {
    repo.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  /** Version 0.1.0 starts and the user runs Set Up Git Merge Driver; then 0.1.1 replaces it. */
  async function setUpThenUpdate(): Promise<string> {
    const old = install(extensions, '0.1.0');
    const launcher = await installLauncher(storage, old, HOST);
    for (const { key, value } of mergeDriverEntries(launcher)) repo.git('config', key, value);
    const updated = install(extensions, '0.1.1');
    rmSync(old, { recursive: true });
    return updated;
  }

  it('merges after the new version started once (it rewrote the launcher)', async () => {
    const updated = await setUpThenUpdate();
    const configured = repo.git('config', '--get', 'merge.marginalia.driver');
    const launcher = await installLauncher(storage, updated, HOST);
    assert.equal(repo.git('config', '--get', 'merge.marginalia.driver'), configured, 'git config is untouched by the update');
    assert.match(readFileSync(launcher, 'utf8'), /marginalia\.marginalia-0\.1\.1/);

    diverge(repo);
    const merge = repo.run('merge', '--no-edit', 'alice');
    assert.equal(merge.status, 0, merge.stdout + merge.stderr);
    assert.deepEqual(mergedActors(repo), ['francisca-bostyn', 'rabat', 'vsse']);
  });

  it('merges before the new version started (the launcher finds it beside the old one)', async () => {
    await setUpThenUpdate();
    diverge(repo);
    const merge = repo.run('merge', '--no-edit', 'alice');
    assert.equal(merge.status, 0, merge.stdout + merge.stderr);
    assert.deepEqual(mergedActors(repo), ['francisca-bostyn', 'rabat', 'vsse']);
  });

  it('says what is wrong when no version is left, and git stops the merge', async () => {
    const updated = await setUpThenUpdate();
    rmSync(updated, { recursive: true });
    assert.equal(existsSync(join(extensions, 'marginalia.marginalia-0.1.1')), false);
    diverge(repo);
    const merge = repo.run('merge', '--no-edit', 'alice');
    assert.notEqual(merge.status, 0);
    assert.match(merge.stdout + merge.stderr, /the Marginalia extension is no longer installed/);
  });
});
