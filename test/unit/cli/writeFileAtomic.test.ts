import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import {
  chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { RefusedWriteError, syncFolders, writeFileAtomic } from '../../../src/node/writeFileAtomic';

describe('writeFileAtomic', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-atomic-'));
    outside = mkdtempSync(join(tmpdir(), 'marginalia-outside-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const refused = (reason: RefusedWriteError['reason']) => (error: unknown) => error instanceof RefusedWriteError && error.reason === reason;

  it('creates the file and its folders, replaces it keeping its permissions, and leaves no temporary file', () => {
    const target = join(dir, 'deep', 'er', 'a.txt.ann.yaml');
    assert.deepEqual(writeFileAtomic(target, 'one\n', { within: dir }), { path: target, replaced: false });
    chmodSync(target, 0o640);
    assert.deepEqual(writeFileAtomic(target, 'two\n'), { path: target, replaced: true });
    assert.equal(readFileSync(target, 'utf8'), 'two\n');
    assert.equal(statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(join(dir, 'deep', 'er')), ['a.txt.ann.yaml']);
  });

  it('refuses to replace an existing file when told not to, and leaves it as it was', () => {
    const target = join(dir, 'a.ann');
    writeFileSync(target, 'mine');
    assert.throws(() => writeFileAtomic(target, 'new', { replace: false }), refused('exists'));
    assert.equal(readFileSync(target, 'utf8'), 'mine');
    assert.deepEqual(readdirSync(dir), ['a.ann']);
  });

  it('never writes through a symbolic link that leaves the folder, dangling or not', () => {
    const victim = join(outside, 'victim.ann');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(dir, 'a.ann'));
    assert.throws(() => writeFileAtomic(join(dir, 'a.ann'), 'x'), refused('outside'));
    assert.equal(readFileSync(victim, 'utf8'), 'precious');

    symlinkSync(join(outside, 'created.yaml'), join(dir, 'b.txt.ann.yaml'));
    assert.throws(() => writeFileAtomic(join(dir, 'b.txt.ann.yaml'), 'x'), refused('dangling-link'));
    assert.ok(!existsSync(join(outside, 'created.yaml')));
  });

  it('never writes into a linked folder that leaves the folder it was asked to write in', () => {
    symlinkSync(outside, join(dir, 'linked'));
    assert.throws(() => writeFileAtomic(join(dir, 'linked', 'sub', 'a.ann'), 'x', { within: dir }), refused('outside'));
    assert.deepEqual(readdirSync(outside), []);
    assert.throws(() => writeFileAtomic(join(outside, 'a.ann'), 'x', { within: dir }), refused('outside'));
  });

  it('writes through a symbolic link that stays inside the folder, keeping the link', () => {
    writeFileSync(join(dir, 'real.ann'), 'old');
    symlinkSync('real.ann', join(dir, 'link.ann'));
    assert.equal(writeFileAtomic(join(dir, 'link.ann'), 'new').path, join(dir, 'real.ann'));
    assert.ok(lstatSync(join(dir, 'link.ann')).isSymbolicLink());
    assert.equal(readlinkSync(join(dir, 'link.ann')), 'real.ann');
    assert.equal(readFileSync(join(dir, 'real.ann'), 'utf8'), 'new');
  });

  it('lets concurrent writers of one file end with one complete write', async () => {
    const target = join(dir, 'a.ann');
    const contents = ['x'.repeat(300_000), 'y'.repeat(200_000), 'z'.repeat(100_000)];
    await Promise.all(contents.map(async (content) => writeFileAtomic(target, content)));
    assert.ok(contents.includes(readFileSync(target, 'utf8')));
  });

  describe('killed in the middle of a write', function () {
    this.timeout(120_000);
    let script: string;
    before(() => {
      script = join(mkdtempSync(join(tmpdir(), 'marginalia-writer-')), 'rewrite.js');
      buildSync({ entryPoints: [join(__dirname, 'fixtures', 'rewriteForever.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
    });
    after(() => rmSync(join(script, '..'), { recursive: true, force: true }));

    /** Kills a child that rewrites `target` forever, at a random instant; resolves once it is gone. */
    async function killWhileWriting(target: string, how: 'atomic' | 'naive', size: number): Promise<void> {
      const child = spawn(process.execPath, [script, target, how, String(size)], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 120));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }

    it('leaves the old or the new file, never anything else (20 kills at random instants)', async () => {
      const size = 2_000_000;
      const whole = new Set([size, Math.floor(size * 0.75)]);
      const target = join(dir, 'big.txt.ann.yaml');
      writeFileSync(target, Buffer.alloc(size, 'a'));
      for (let round = 0; round < 20; round++) {
        await killWhileWriting(target, 'atomic', size);
        const content = readFileSync(target, 'latin1');
        assert.ok(whole.has(content.length) && /^(a+|b+)$/.test(content), `round ${round}: a torn file of ${content.length} bytes`);
      }
      // Temporary files of killed writers may be left beside the target, never under a sidecar's name.
      for (const name of readdirSync(dir)) assert.ok(name === 'big.txt.ann.yaml' || /^\.big\.txt\.ann\.yaml\.\d+-[0-9a-f]+\.tmp$/.test(name), name);
    });
  });

  it('refuses a target that is a folder', () => {
    mkdirSync(join(dir, 'a.ann'));
    assert.throws(() => writeFileAtomic(join(dir, 'a.ann'), 'x'), refused('not-a-file'));
  });

  describe('folder syncs', () => {
    // The module object itself (an import gives read-only bindings): the code under test reads its fsyncSync at each call.
    const fs = createRequire(__filename)('node:fs') as typeof import('node:fs');
    const realFsync = fs.fsyncSync;
    let synced: { files: number; folders: string[] };
    beforeEach(() => {
      synced = { files: 0, folders: [] };
      // Counts what is synced: a descriptor of a folder (found back by its inode) or of a file.
      fs.fsyncSync = (fd: number) => {
        const info = fs.fstatSync(fd);
        if (info.isDirectory()) synced.folders.push([dir, join(dir, 'a'), join(dir, 'b')].find((f) => fs.statSync(f).ino === info.ino) ?? '?');
        else synced.files++;
        realFsync(fd);
      };
    });
    afterEach(() => {
      fs.fsyncSync = realFsync;
    });

    it('syncs the folder after each write by default', () => {
      writeFileAtomic(join(dir, 'a', 'x.ann'), 'x', { within: dir });
      writeFileAtomic(join(dir, 'a', 'y.ann'), 'y', { within: dir });
      assert.deepEqual(synced, { files: 2, folders: [join(dir, 'a'), join(dir, 'a')] });
    });

    it('with syncFolder false, syncs each file and leaves the folders to syncFolders, once per folder', () => {
      for (const name of ['a/x.ann', 'a/y.ann', 'b/z.ann']) writeFileAtomic(join(dir, name), name, { within: dir, syncFolder: false });
      assert.deepEqual(synced, { files: 3, folders: [] });
      assert.equal(readFileSync(join(dir, 'b', 'z.ann'), 'utf8'), 'b/z.ann');
      syncFolders([join(dir, 'a'), join(dir, 'a'), join(dir, 'b')]);
      assert.deepEqual(synced.folders, [join(dir, 'a'), join(dir, 'b')]);
    });
  });
});
