import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeDriverEntries } from '../../../src/core/git/driverRuntime';

describe('mergeDriverEntries', () => {
  it('runs the CLI with a plain Node host as is', () => {
    const entries = mergeDriverEntries('/ext/dist/cli.js', { execPath: '/usr/lib/code-server/lib/node' });
    assert.deepEqual(entries.find((e) => e.key === 'merge.marginalia.driver')?.value, '/usr/lib/code-server/lib/node /ext/dist/cli.js merge-driver %O %A %B %P');
  });

  it('asks an Electron host to behave as Node, and quotes paths with spaces', () => {
    const entries = mergeDriverEntries('/home/a b/.vscode/extensions/marginalia/dist/cli.js', { execPath: '/Applications/Visual Studio Code.app/Contents/MacOS/Electron', electron: '37.0.0' });
    assert.equal(
      entries.find((e) => e.key === 'merge.marginalia.driver')?.value,
      `ELECTRON_RUN_AS_NODE=1 '/Applications/Visual Studio Code.app/Contents/MacOS/Electron' '/home/a b/.vscode/extensions/marginalia/dist/cli.js' merge-driver %O %A %B %P`,
    );
    assert.equal(entries.find((e) => e.key === 'merge.marginalia.name')?.value, 'Marginalia annotations (merged per entry)');
  });

  it('gives a command line the shell runs with the environment variable set', () => {
    // A stand-in "runtime" that prints what it was given, in a folder with a space.
    const dir = mkdtempSync(join(tmpdir(), 'marginalia driver '));
    try {
      const runtime = join(dir, 'fake runtime');
      writeFileSync(runtime, '#!/bin/sh\necho "$ELECTRON_RUN_AS_NODE|$1|$2"\n', { mode: 0o755 });
      const driver = mergeDriverEntries(join(dir, 'cli.js'), { execPath: runtime, electron: '1' }).find((e) => e.key.endsWith('.driver'))!.value;
      const output = execFileSync('sh', ['-c', driver.replace('%O %A %B %P', '')], { encoding: 'utf8' });
      assert.equal(output.trim(), `1|${join(dir, 'cli.js')}|merge-driver`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
