// Tests of the integration runner itself (scripts/test-integration.mjs): a run must fail when
// a test fails or when the extension host never reports. `npm test` runs the real suite just
// before, which shows that the same runner exits 0 when every test passes.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (name) => path.join(repoRoot, 'test', 'runner', 'fixtures', name, 'index');

/** Runs the runner as `npm run test:integration` does and collects its output. */
function runRunner(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'test-integration.mjs'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, MARGINALIA_RUNNER: 'code-server' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Both runs take a while in the workbench; they are independent, so they run side by side.
describe('the integration runner', { concurrency: true }, () => {
  test('a failing test in the extension host makes the run exit with code 1', async () => {
    const run = await runRunner(['--tests', fixture('failing-suite')]);
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.code, 1, output);
    // The test ran (the failure is not a load error) and its failure reached stdout.
    assert.match(run.stdout, /1\) fails on purpose/, output);
    assert.match(run.stdout, /1 failing/, output);
  });

  test('a suite that never reports makes the run fail after the timeout, with a clear message', async () => {
    const run = await runRunner(['--tests', fixture('hanging-suite'), '--timeout', '8000']);
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.code, 2, output);
    assert.match(run.stderr, /did not report within 8 s/, output);
  });
});
