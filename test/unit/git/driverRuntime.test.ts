import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { launcherScript, mergeDriverEntries, missingDriverPaths, shellWords } from '../../../src/core/git/driverRuntime';
import { shellQuote } from '../../../src/core/merge/setup';

describe('the merge driver launcher', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia launcher '));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in "runtime" that prints what it was given. */
  function fakeRuntime(): string {
    const runtime = join(dir, 'fake runtime');
    writeFileSync(runtime, '#!/bin/sh\necho "${ELECTRON_RUN_AS_NODE:-unset}|$1|$2|$3"\n', { mode: 0o755 });
    return runtime;
  }

  function run(script: string, ...args: string[]): string {
    const launcher = join(dir, 'launcher.sh');
    writeFileSync(launcher, script);
    return execFileSync('sh', [launcher, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  it('git runs it through sh, with the paths quoted for the shell', () => {
    const entries = mergeDriverEntries('/home/a b/.config/Code/User/globalStorage/marginalia.marginalia/marginalia-cli.sh');
    assert.equal(entries.find((e) => e.key === 'merge.marginalia.driver')?.value, `sh '/home/a b/.config/Code/User/globalStorage/marginalia.marginalia/marginalia-cli.sh' merge-driver %O %A %B %P`);
    assert.equal(entries.find((e) => e.key === 'merge.marginalia.name')?.value, 'Marginalia annotations (merged per entry)');
  });

  it('runs the CLI with a plain Node host as is, passing the arguments along', () => {
    const cli = join(dir, 'cli.js');
    writeFileSync(cli, '');
    assert.equal(run(launcherScript({ cliPath: cli, host: { execPath: fakeRuntime() } }), 'merge-driver', 'a b'), `unset|${cli}|merge-driver|a b`);
  });

  it('asks an Electron host to behave as Node', () => {
    const cli = join(dir, 'cli.js');
    writeFileSync(cli, '');
    assert.equal(run(launcherScript({ cliPath: cli, host: { execPath: fakeRuntime(), electron: '37.0.0' } }), 'merge-driver'), `1|${cli}|merge-driver|`);
  });

  it('finds another installed version when the one it names is gone, and says so clearly when none is left', () => {
    const extensions = join(dir, "extension's folder");
    const newer = join(extensions, 'marginalia.marginalia-0.2.0', 'dist');
    mkdirSync(newer, { recursive: true });
    writeFileSync(join(newer, 'cli.js'), '');
    const script = launcherScript({
      cliPath: join(extensions, 'marginalia.marginalia-0.1.0', 'dist', 'cli.js'),
      host: { execPath: fakeRuntime() },
      otherVersions: join(extensions, 'marginalia.marginalia-*', 'dist', 'cli.js'),
    });
    assert.equal(run(script, 'merge-driver'), `unset|${join(newer, 'cli.js')}|merge-driver|`);
    rmSync(newer, { recursive: true });
    assert.throws(() => run(script, 'merge-driver'), (error: { status: number; stderr: string }) => {
      assert.equal(error.status, 2);
      assert.match(error.stderr, /the Marginalia extension is no longer installed at .*marginalia\.marginalia-0\.1\.0.*Set Up Git Merge Driver/);
      return true;
    });
  });
});

describe('a configured driver that no longer runs', () => {
  it('names the absolute paths that are gone, whatever the quoting', () => {
    const gone = new Set(['/old/ext/dist/cli.js', '/Applications/Visual Studio Code.app/Contents/MacOS/Electron']);
    const exists = (path: string) => !gone.has(path);
    assert.deepEqual(missingDriverPaths('/usr/bin/node /old/ext/dist/cli.js merge-driver %O %A %B %P', exists), ['/old/ext/dist/cli.js']);
    assert.deepEqual(
      missingDriverPaths(`ELECTRON_RUN_AS_NODE=1 '/Applications/Visual Studio Code.app/Contents/MacOS/Electron' "/new/ext/dist/cli.js" merge-driver %O %A %B %P`, exists),
      ['/Applications/Visual Studio Code.app/Contents/MacOS/Electron'],
    );
    assert.deepEqual(missingDriverPaths('marginalia merge-driver %O %A %B %P', exists), [], 'a command from PATH is the user’s business');
  });

  it('splits words as sh does for the quoting Marginalia writes', () => {
    assert.deepEqual(shellWords(`sh '/home/ann o'\\''neil/x.sh' merge-driver %O`), ['sh', "/home/ann o'neil/x.sh", 'merge-driver', '%O']);
    assert.deepEqual(shellWords('a\\ b "c \\"d\\"" e'), ['a b', 'c "d"', 'e']);
  });

  it('reads back any words shellQuote wrote (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((w) => !/^\s*$/.test(w)), { minLength: 1, maxLength: 5 }), (words) => {
        assert.deepEqual(shellWords(words.map(shellQuote).join(' ')), words);
      }),
    );
  });
});
