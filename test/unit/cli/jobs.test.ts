import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { cliBundle, PROJECT_ROOT } from './gitRepo';

/** The bundled CLI, with the town list beside it as in dist/: workers start from this very file. */
function shippedCli(): string {
  const cli = cliBundle();
  copyFileSync(join(PROJECT_ROOT, 'src/core/suggestions/generated/towns.txt'), join(dirname(cli), 'towns.txt'));
  return cli;
}

/** Every file under `folder`, by relative path, with its bytes. */
function filesOf(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path), readFileSync(path).toString('base64'));
  }
  return files;
}

/** A fresh workspace of fixtures, then the command run in it; what it printed and left behind. */
function runIn(prepare: (folder: string) => void, args: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'marginalia-jobs-'));
  try {
    prepare(folder);
    const result = spawnSync(process.execPath, [shippedCli(), ...args], { cwd: folder, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, files: filesOf(folder) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Texts in sub-folders, and one .ann already written (refused without --force). */
function suggestFixtures(folder: string): void {
  const source = join(PROJECT_ROOT, 'test/fixtures/suggest/winer-fr');
  for (const [index, name] of readdirSync(source).filter((n) => n.endsWith('.txt')).entries()) {
    mkdirSync(join(folder, 'in', `part${index % 3}`), { recursive: true });
    copyFileSync(join(source, name), join(folder, 'in', `part${index % 3}`, name));
  }
  mkdirSync(join(folder, 'out', 'part1'), { recursive: true });
  writeFileSync(join(folder, 'out', 'part1', 'taken.ann'), 'T1\tPerson 0 1\tX\n');
  writeFileSync(join(folder, 'in', 'part1', 'taken.txt'), 'Selon Marie Curie, « la science est belle ».\n');
}

describe('--jobs: every core, the output of one', function () {
  this.timeout(120_000);

  it('suggest --jobs 2 writes the same files and prints the same lines, in the same order, with the same status, as --jobs 1', () => {
    for (const format of ['brat', 'json']) {
      const args = ['suggest', '--format', format, '--out', 'out', 'in'];
      const one = runIn(suggestFixtures, [...args, '--jobs', '1']);
      const two = runIn(suggestFixtures, [...args, '--jobs', '2']);
      // json writes nothing: only brat meets the .ann left from before
      assert.equal(one.status, format === 'brat' ? 1 : 0, one.stderr);
      if (format === 'brat') assert.match(one.stderr, /taken\.ann exists; left alone/);
      assert.ok(one.stdout.split('\n').length > 5, one.stdout);
      assert.deepEqual(two, one);
    }
  });

  it('suggest --jobs 2 over texts named one by one (a shell glob) gives the output of --jobs 1, in the order named', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'test/fixtures/suggest/winer-fr')).filter((n) => n.endsWith('.txt'));
    const paths = files.map((name, index) => join('in', `part${index % 3}`, name)).reverse();
    const one = runIn(suggestFixtures, ['suggest', '--format', 'json', ...paths, '--jobs', '1']);
    const two = runIn(suggestFixtures, ['suggest', '--format', 'json', ...paths, '--jobs', '2']);
    assert.equal(one.status, 0, one.stderr);
    assert.deepEqual(one.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file), paths);
    assert.deepEqual(two, one);
  });

  it('check --jobs 2 prints the problems of --jobs 1, in the same order', () => {
    const prepare = (folder: string) => {
      for (const name of ['a', 'b', 'c', 'd']) {
        mkdirSync(join(folder, name));
        cpSync(join(PROJECT_ROOT, 'test/fixtures/samples'), join(folder, name), { recursive: true });
      }
      writeFileSync(join(folder, 'b', 'x.txt'), 'Selon X, «oui».\n');
      writeFileSync(join(folder, 'b', 'x.txt.ann.yaml'), 'marginalia: 1\nquotations:\n  - text: «oui»\n    speaker: x\n');
      writeFileSync(join(folder, 'd', 'y.txt.ann.yaml'), 'marginalia: 1\nquotations:\n  - text: «absent»\n');
    };
    const one = runIn(prepare, ['check', '--jobs', '1', '.']);
    const two = runIn(prepare, ['check', '--jobs', '2', '.']);
    assert.equal(one.status, 1);
    assert.equal(one.stdout.split('\n').length, 3, one.stdout);
    assert.deepEqual(two, one);
  });

  it('import brat --jobs 2 writes the same sidecars and prints the same lines, in the same order, as --jobs 1', () => {
    const prepare = (folder: string) => {
      const source = join(PROJECT_ROOT, 'test/fixtures/suggest/winer-fr');
      for (const [index, name] of readdirSync(source).filter((n) => n.endsWith('.ann')).entries()) {
        mkdirSync(join(folder, 'in', `part${index % 3}`), { recursive: true });
        for (const file of [name, name.replace(/\.ann$/u, '.txt')]) copyFileSync(join(source, file), join(folder, 'in', `part${index % 3}`, file));
      }
      // a line brat has that Marginalia does not keep (warned about), and a sidecar already there (refused)
      writeFileSync(join(folder, 'in', 'part0', 'odd.txt'), 'Marie Curie est née à Varsovie.\n');
      writeFileSync(join(folder, 'in', 'part0', 'odd.ann'), 'T1\tPerson 0 11\tMarie Curie\nE1\tBirth:T1\n');
      mkdirSync(join(folder, 'out', 'part1'), { recursive: true });
      const taken = readdirSync(join(folder, 'in', 'part1')).find((n) => n.endsWith('.txt'))!;
      writeFileSync(join(folder, 'out', 'part1', `${taken}.ann.yaml`), 'marginalia: 1\n');
    };
    const one = runIn(prepare, ['import', 'brat', '--out', 'out', '--jobs', '1', 'in']);
    const two = runIn(prepare, ['import', 'brat', '--out', 'out', '--jobs', '2', 'in']);
    assert.equal(one.status, 1, one.stderr);
    assert.match(one.stderr, /exists; left alone/);
    assert.match(one.stderr, /odd\.ann: warning: not kept/);
    assert.ok(one.stdout.split('\n').length > 5, one.stdout);
    assert.deepEqual(two, one);
  });

  it('stats --by --jobs 2 prints the groups and the unreadable files of --jobs 1, across batches of files', () => {
    const prepare = (folder: string) => {
      // 20 copies of the demo (shared actors with properties): more sidecars than one batch a worker takes
      for (let i = 0; i < 20; i++) cpSync(join(PROJECT_ROOT, 'demo'), join(folder, `part${i}`), { recursive: true });
      writeFileSync(join(folder, 'part3', 'broken.txt'), 'x\n');
      writeFileSync(join(folder, 'part3', 'broken.txt.ann.yaml'), 'marginalia: 1\nactors: [\n');
      writeFileSync(join(folder, 'part7', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
      writeFileSync(join(folder, 'part7', 'latin1.txt.ann.yaml'), 'marginalia: 1\n');
      writeFileSync(join(folder, 'part9', 'marginalia.actors.yaml'), 'actors: [\n');
      writeFileSync(join(folder, 'part12', 'no-article.txt.ann.yaml'), 'marginalia: 1\nquotations:\n  - text: «absent»\n    speaker-text: la Mairie\n');
    };
    for (const by of [['--by', 'speaker'], ['--by', 'type', '--csv'], ['--by', 'property:gender', '--json']]) {
      const one = runIn(prepare, ['stats', ...by, '--jobs', '1', '.']);
      const two = runIn(prepare, ['stats', ...by, '--jobs', '2', '.']);
      assert.equal(one.status, 0, one.stderr);
      assert.equal(one.stderr.split('\n').length, 4, one.stderr);
      assert.match(one.stderr, /broken\.txt\.ann\.yaml: error/);
      assert.match(one.stderr, /latin1\.txt: error/);
      assert.match(one.stderr, /marginalia\.actors\.yaml: error: .*its shared actors are left out/);
      assert.ok(one.stdout.split('\n').length > 4, one.stdout);
      assert.deepEqual(two, one);
    }
  });

  it('stats --jobs 2 prints the counts and the unreadable files of --jobs 1, across batches of files', () => {
    const prepare = (folder: string) => {
      for (let i = 0; i < 20; i++) cpSync(join(PROJECT_ROOT, 'demo'), join(folder, `part${i}`), { recursive: true });
      writeFileSync(join(folder, 'part3', 'broken.txt'), 'x\n');
      writeFileSync(join(folder, 'part3', 'broken.txt.ann.yaml'), 'marginalia: 1\nactors: [\n');
      // An orphan: the article no longer holds the quotation.
      writeFileSync(join(folder, 'part12', 'changed.txt'), 'Un autre texte.\n');
      writeFileSync(join(folder, 'part12', 'changed.txt.ann.yaml'), 'marginalia: 1\nquotations:\n  - text: «absent»\n    speaker-text: la Mairie\n');
    };
    for (const args of [[], ['--json']]) {
      const one = runIn(prepare, ['stats', ...args, '--jobs', '1', '.']);
      const two = runIn(prepare, ['stats', ...args, '--jobs', '2', '.']);
      assert.equal(one.status, 0, one.stderr);
      assert.match(one.stderr, /broken\.txt\.ann\.yaml: error: \d+:\d+: /);
      assert.match(one.stdout, /changed\.txt\.ann\.yaml/);
      assert.ok(one.stdout.split('\n').length > 10, one.stdout);
      assert.deepEqual(two, one);
    }
  });

  it('refuses a --jobs that is not a whole number from 1', () => {
    const result = runIn(() => undefined, ['suggest', '--format', 'json', '--jobs', '0', '.']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--jobs needs a whole number from 1, not '0'/);
  });
});
