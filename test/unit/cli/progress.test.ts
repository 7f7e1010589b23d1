import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport, runImport } from '../../../src/cli/brat';
import { resolveAnchors } from '../../../src/core/anchoring';
import { runCheck } from '../../../src/cli/check';
import { folderProgress, PROGRESS_MIN_FILES } from '../../../src/cli/progress';
import { runSuggest } from '../../../src/cli/suggest';
import { memoryIo, type MemoryIo } from './memoryIo';

const CLEAR = '\r\x1b[K';

/** A terminal-like io (stderr a TTY) or a piped one. */
function io(cwd: string, stderrIsTTY: boolean): MemoryIo {
  return { ...memoryIo(cwd), stderrIsTTY };
}

/** The `N/M files` steps written to stderr, in order. */
function steps(err: readonly string[]): string[] {
  return err.filter((text) => text.startsWith(CLEAR) && text.length > CLEAR.length).map((text) => text.slice(CLEAR.length));
}

describe('progress on long folder runs', () => {
  let dir: string;
  const count = PROGRESS_MIN_FILES + 2;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-progress-'));
    mkdirSync(join(dir, 'texts'));
    for (let i = 0; i < count; i++) {
      const name = `article-${String(i).padStart(2, '0')}`;
      writeFileSync(join(dir, 'texts', `${name}.txt`), `« Nous partons », a dit Marie Curie à Paris.\n`);
      writeFileSync(join(dir, 'texts', `${name}.ann`), 'T1\tPerson 25 36\tMarie Curie\n');
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the files of a run on a terminal, then clears its line', () => {
    const terminal = io('.', true);
    const progress = folderProgress(terminal, 12);
    progress.show(1);
    progress.show(2);
    progress.clear();
    progress.clear();
    assert.deepEqual(terminal.err, [`${CLEAR}1/12 files`, `${CLEAR}2/12 files`, CLEAR]);
  });

  it('says nothing when stderr is not a terminal, or for a short run', () => {
    for (const [target, total] of [[io('.', false), 100], [memoryIo('.'), 100], [io('.', true), PROGRESS_MIN_FILES - 1]] as const) {
      const progress = folderProgress(target, total);
      progress.show(1);
      progress.clear();
      assert.deepEqual(target.err, []);
    }
  });

  it('shows N/M files while suggest, import, export and check go through a folder, and keeps it out of their output', async () => {
    const expected = Array.from({ length: count }, (_, i) => `${i + 1}/${count} files`);
    const runs: [string, (io: MemoryIo) => Promise<number> | number][] = [
      ['suggest', (target) => runSuggest(['--format', 'json', 'texts'], target)],
      ['import', (target) => runImport(['brat', 'texts'], target)],
      ['export', (target) => runExport(['--format', 'brat', '--out', 'exported', 'texts'], target)],
      ['check', (target) => runCheck(['texts'], { out: target.stdout, err: target.stderr, resolve: resolveAnchors, stderrIsTTY: target.stderrIsTTY })],
    ];
    for (const [command, run] of runs) {
      const terminal = io(dir, true);
      // check resolves relative PATHs from the process's folder.
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        assert.equal(await run(terminal), 0, `${command}: ${terminal.err.join('')}`);
      } finally {
        process.chdir(cwd);
      }
      assert.deepEqual(steps(terminal.err), expected, command);
      assert.ok(terminal.out.every((text) => !text.includes('\r')), command);
      // Whatever a command prints during the run starts on a cleared line.
      const lastStep = terminal.err.map((text) => text.startsWith(CLEAR) && text !== CLEAR).lastIndexOf(true);
      assert.equal(terminal.err[lastStep + 1], CLEAR, command);

      const piped = io(dir, false);
      process.chdir(dir);
      try {
        await run(piped);
      } finally {
        process.chdir(cwd);
      }
      assert.ok(piped.err.every((text) => !text.includes('\r')), command);
    }
  });
});
