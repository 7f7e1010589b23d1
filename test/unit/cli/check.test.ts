import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCheck } from '../../../src/cli/check';
import type { ResolveAnchors } from '../../../src/core/merge/resolution';

const repo = process.cwd();
// The folders checked are outside the repository: load tsx from it by path.
const tsx = pathToFileURL(join(repo, 'node_modules/tsx/dist/loader.mjs')).href;

/** Runs the real command line (src/cli.ts → main) in `cwd`. */
function marginalia(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', tsx, join(repo, 'src/cli.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('marginalia check', function () {
  this.timeout(60_000);
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'marginalia-check-'));
    copyFileSync(join(repo, 'test/fixtures/samples/bostyn-rabat.txt'), join(folder, 'bostyn-rabat.txt'));
    copyFileSync(join(repo, 'test/fixtures/samples/bostyn-rabat.txt.ann.yaml'), join(folder, 'bostyn-rabat.txt.ann.yaml'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('exits 0 on the example and says how many sidecars it checked', () => {
    const result = marginalia(folder, 'check');
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /1 sidecar checked: 0 errors, 0 warnings/);
  });

  it('exits 1 and prints file:line:col for errors, in sub-folders, skipping node_modules and .git', () => {
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'sub', 'a.txt'), 'Selon X, «oui».\n');
    writeFileSync(join(folder, 'sub', 'a.txt.ann.yaml'), 'marginalia: 1\nquotations:\n  - text: «oui»\n    speaker: x\n');
    for (const skipped of ['node_modules', '.git']) {
      mkdirSync(join(folder, skipped));
      writeFileSync(join(folder, skipped, 'b.txt.ann.yaml'), '<<<<<<< HEAD\n');
    }
    const result = marginalia(folder, 'check', '.');
    assert.equal(result.status, 1);
    assert.equal(result.stdout, `${join('sub', 'a.txt.ann.yaml')}:4:14: error: speaker 'x' is not an actor of this sidecar (use 'speaker-text' for a speaker who is not an actor)\n`);
  });

  it('reports an anchor that is not in the article as an orphan, at its entry', () => {
    writeFileSync(join(folder, 'bostyn-rabat.txt'), 'Un tout autre texte.\n');
    const result = marginalia(folder, 'check', 'bostyn-rabat.txt.ann.yaml');
    assert.equal(result.status, 1);
    const lines = result.stdout.trim().split('\n');
    assert.ok(lines.length >= 8);
    assert.ok(lines.every((line) => /^bostyn-rabat\.txt\.ann\.yaml:\d+:\d+: error: orphan: /.test(line)), result.stdout);
    assert.ok(lines.some((line) => line.startsWith('bostyn-rabat.txt.ann.yaml:22:11: error: orphan: "directrice"')), result.stdout);
  });

  it('exits 0 with warnings only, and 1 on a merge conflict, naming it', () => {
    writeFileSync(join(folder, 'w.txt'), 'x');
    writeFileSync(join(folder, 'w.txt.ann.yaml'), 'actors:\n  x: {type: person, name: X}\n');
    const warned = marginalia(folder, 'check', 'w.txt.ann.yaml');
    assert.equal(warned.status, 0);
    assert.match(warned.stdout, /^w\.txt\.ann\.yaml:1:1: warning: missing 'marginalia: 1'/);
    writeFileSync(join(folder, 'w.txt.ann.yaml'), 'marginalia: 1\n<<<<<<< HEAD\n=======\n>>>>>>> other\n');
    const conflicted = marginalia(folder, 'check', 'w.txt');
    assert.equal(conflicted.status, 1);
    assert.match(conflicted.stdout, /^w\.txt\.ann\.yaml:2:1: error: git conflict marker '<<<<<<<': this sidecar is in a merge conflict/);
  });

  it('prints JSON with --json', () => {
    writeFileSync(join(folder, 'bostyn-rabat.txt.ann.yaml'), 'marginalia: 3\n');
    const result = marginalia(folder, 'check', '--json');
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout);
    assert.equal(report.files, 1);
    assert.equal(report.errors, 1);
    assert.deepEqual(
      report.problems.map((p: { file: string; line: number; column: number; code: string }) => [p.file, p.line, p.column, p.code]),
      [['bostyn-rabat.txt.ann.yaml', 1, 13, 'newer-format']],
    );
  });

  it('exits 2 on bad usage and 0 with --help', () => {
    assert.equal(marginalia(folder, 'check', '--frobnicate').status, 2);
    assert.equal(marginalia(folder, 'check', 'no-such-folder').status, 2);
    const help = marginalia(folder, 'check', '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: marginalia check/);
  });

  it('takes the anchor resolver as a parameter: approximate matches are warnings', async () => {
    const approximate: ResolveAnchors = (_text, anchors) => anchors.map(() => ({ kind: 'approximate', span: { start: 0, end: 1 }, score: 0.8 }));
    const out: string[] = [];
    const status = await runCheck([join(folder, 'bostyn-rabat.txt.ann.yaml')], { out: (t) => out.push(t), err: () => undefined, resolve: approximate });
    assert.equal(status, 0);
    assert.ok(out.length >= 8 && out.every((line) => /: warning: .* matched approximately \(score 0\.80\)/.test(line)), out.join(''));
  });

  it('resolves with the anchoring module: a CRLF copy of the article is clean, an edited passage is a warning', () => {
    const article = readFileSync(join(folder, 'bostyn-rabat.txt'), 'utf8');
    writeFileSync(join(folder, 'bostyn-rabat.txt'), article.replace(/\n/g, '\r\n'));
    const crlf = marginalia(folder, 'check');
    assert.equal(crlf.status, 0, crlf.stdout + crlf.stderr);
    assert.equal(crlf.stdout, '');
    // One letter changed inside the hand-added mention "directrice": found approximately.
    writeFileSync(join(folder, 'bostyn-rabat.txt'), article.replace('Bostyn, directrice de la sûreté', 'Bostyn, directrise de la sûreté'));
    const edited = marginalia(folder, 'check');
    assert.equal(edited.status, 0, edited.stdout + edited.stderr);
    assert.match(edited.stdout, /^bostyn-rabat\.txt\.ann\.yaml:22:11: warning: "directrice" \(added mentions of 'francisca-bostyn'\) matched approximately/);
  });

  it('reports each merge conflict recorded in a sidecar at its entry, and exits 1', () => {
    const sidecar = join(folder, 'bostyn-rabat.txt.ann.yaml');
    const conflicts = [
      'conflicts:',
      '  - path: actors.rabat.name',
      '    section: actors',
      '    entry: rabat',
      '    field: name',
      '    base: Rabat',
      '    ours: Rabat',
      '    theirs: Rabat (Maroc)',
      '',
    ].join('\n');
    const source = readFileSync(sidecar, 'utf8');
    writeFileSync(sidecar, source + conflicts);
    const line = source.split('\n').length + 1;
    const result = marginalia(folder, 'check');
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.equal(result.stdout,
      `bostyn-rabat.txt.ann.yaml:${line}:5: error: merge conflict recorded: actors.rabat.name: ours "Rabat", theirs "Rabat (Maroc)" (base "Rabat"); ` +
      'the file keeps ours until you pick a side (then this entry goes)\n');
  });
});
