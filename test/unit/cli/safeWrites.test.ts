/**
 * Where the commands write (DESIGN.md "Where files are written"): never over a file they did
 * not create without --force, never through a symbolic link out of the folder, always whole,
 * and always saying what they wrote.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport, runImport } from '../../../src/cli/brat';
import { runSuggest } from '../../../src/cli/suggest';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { cliBundle } from './gitRepo';
import { memoryIo } from './memoryIo';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'suggest', 'winer-fr');
const DOC = '2016_03_11-001';
const person = (id: string) => ({ id, type: 'person', name: id, aliases: [], added: [], excluded: [] });

describe('where the commands write', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-writes-'));
    outside = mkdtempSync(join(tmpdir(), 'marginalia-outside-'));
    copyFileSync(join(fixtures, `${DOC}.txt`), join(dir, `${DOC}.txt`));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const annotate = () => writeFileSync(join(dir, `${DOC}.txt.ann.yaml`), writeSidecar({ actors: [person('george-martin')], quotations: [], topics: [], notes: [], rejected: [] }));

  for (const [command, run] of [
    ['export', (args: string[], io = memoryIo(dir)) => ({ code: runExport(['--format', 'brat', ...args], io), io })],
    ['suggest', async (args: string[], io = memoryIo(dir)) => ({ code: await runSuggest(['--format', 'brat', ...args], io), io })],
  ] as const) {
    it(`${command} --format brat leaves an existing NAME.ann alone without --force, replaces it with --force, and says what it wrote`, async () => {
      annotate();
      const ann = join(dir, `${DOC}.ann`);
      writeFileSync(ann, 'T1\tPerson 0 4\thand\n');
      const refused = await run([`${DOC}.txt`]);
      assert.equal(refused.code, 1);
      assert.equal(readFileSync(ann, 'utf8'), 'T1\tPerson 0 4\thand\n');
      assert.match(refused.io.err.join(''), new RegExp(`marginalia ${command}: ${DOC}\\.ann exists; left alone \\(use --force to replace it\\)`));
      assert.deepEqual(refused.io.out, []);

      const forced = await run(['--force', `${DOC}.txt`]);
      assert.equal(forced.code, 0, forced.io.err.join(''));
      assert.notEqual(readFileSync(ann, 'utf8'), 'T1\tPerson 0 4\thand\n');
      assert.match(forced.io.out.join(''), new RegExp(`^${DOC}\\.ann: \\d+ `));
      assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
    });

    it(`${command} --format brat never writes through a NAME.ann linked out of the folder`, async () => {
      annotate();
      const victim = join(outside, 'victim.ann');
      writeFileSync(victim, 'precious');
      symlinkSync(victim, join(dir, `${DOC}.ann`));
      const result = await run(['--force', `${DOC}.txt`]);
      assert.equal(result.code, 1);
      assert.equal(readFileSync(victim, 'utf8'), 'precious');
      assert.match(result.io.err.join(''), /is a symbolic link to .*victim\.ann, outside .*; left alone/);
    });
  }

  describe('import brat', () => {
    beforeEach(() => copyFileSync(join(fixtures, `${DOC}.ann`), join(dir, `${DOC}.ann`)));

    it('does not create a file outside the folder through a dangling symlinked sidecar', async () => {
      symlinkSync(join(outside, 'planted.yaml'), join(dir, `${DOC}.txt.ann.yaml`));
      for (const args of [['brat', dir], ['brat', '--force', dir]]) {
        const io = memoryIo(dir);
        assert.equal(await runImport(args, io), 1);
        assert.match(io.err.join(''), /is a symbolic link to a file that does not exist; left alone/);
      }
      assert.deepEqual(readdirSync(outside), []);
    });

    it('does not replace a file outside the folder through a symlinked sidecar, even with --force', async () => {
      writeFileSync(join(outside, 'victim.yaml'), 'precious');
      symlinkSync(join(outside, 'victim.yaml'), join(dir, `${DOC}.txt.ann.yaml`));
      const io = memoryIo(dir);
      assert.equal(await runImport(['brat', '--force', dir], io), 1);
      assert.equal(readFileSync(join(outside, 'victim.yaml'), 'utf8'), 'precious');
    });

    it('does not write under --out through a linked folder that leaves it', async () => {
      mkdirSync(join(dir, 'out'));
      symlinkSync(outside, join(dir, 'out', 'elsewhere'));
      mkdirSync(join(dir, 'in', 'elsewhere'), { recursive: true });
      copyFileSync(join(fixtures, `${DOC}.txt`), join(dir, 'in', 'elsewhere', `${DOC}.txt`));
      copyFileSync(join(fixtures, `${DOC}.ann`), join(dir, 'in', 'elsewhere', `${DOC}.ann`));
      const io = memoryIo(dir);
      assert.equal(await runImport(['brat', '--out', 'out', 'in'], io), 1);
      assert.match(io.err.join(''), /linked folder outside/);
      assert.deepEqual(readdirSync(outside), []);
    });

    it('two concurrent imports with --force of one sidecar leave one of the two whole', async function () {
      this.timeout(60_000);
      // Two inputs with the same relative path, imported at once into the same --out folder.
      for (const [name, ann] of [['one', readFileSync(join(fixtures, `${DOC}.ann`), 'utf8')], ['two', 'T1\tPerson 0 4\tLune\n']]) {
        mkdirSync(join(dir, name));
        copyFileSync(join(fixtures, `${DOC}.txt`), join(dir, name, `${DOC}.txt`));
        writeFileSync(join(dir, name, `${DOC}.ann`), ann);
      }
      const target = join(dir, 'out', `${DOC}.txt.ann.yaml`);
      const run = (name: string) => new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [cliBundle(), 'import', 'brat', '--force', '--out', 'out', name], { cwd: dir, stdio: 'ignore' });
        child.once('exit', resolve);
      });
      const alone = async (name: string): Promise<string> => {
        assert.equal(await runImport(['brat', '--out', `alone-${name}`, name], memoryIo(dir)), 0);
        return readFileSync(join(dir, `alone-${name}`, `${DOC}.txt.ann.yaml`), 'utf8');
      };
      const whole = [await alone('one'), await alone('two')];
      assert.deepEqual(parseSidecar(whole[0]!).problems, []);
      for (let round = 0; round < 3; round++) {
        assert.deepEqual(await Promise.all([run('one'), run('two')]), [0, 0]);
        assert.ok(whole.includes(readFileSync(target, 'utf8')), `round ${round}: neither import whole`);
      }
      assert.deepEqual(readdirSync(join(dir, 'out')), [`${DOC}.txt.ann.yaml`]);
    });
  });
});
