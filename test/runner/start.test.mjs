// `npm start` is one of the README's two commands: on a machine without a desktop `code` it must
// print an address that serves the workbench on the demo workspace, and Ctrl+C must stop the
// server and remove the editor state it created. A fresh machine once failed here while every
// test passed, so the command itself runs in CI (after the integration suite has installed the
// VS Code server into the cache this test reuses).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ADDRESS = /(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)/;

function waitFor(predicate, child, timeoutMs, what, output) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs / 1000} s`)), timeoutMs);
    const check = () => {
      const value = predicate();
      if (value !== undefined) {
        clearTimeout(timer);
        resolve(value);
      }
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before printing the ${what}:\n${output()}`));
    });
  });
}

/** A PORT set by the caller's shell would make parallel runs collide: let the script pick one. */
function withoutPort(env) {
  const rest = { ...env };
  delete rest.PORT;
  return rest;
}

test('npm start prints an address that serves the workbench on demo/, and Ctrl+C stops it cleanly', async () => {
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), '--web'], {
    cwd: repoRoot,
    env: withoutPort(process.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  try {
    const address = await waitFor(() => ADDRESS.exec(stdout)?.[1], child, 180_000, 'address', () => stderr);
    const folder = decodeURIComponent(new URL(address).searchParams.get('folder') ?? '');
    assert.equal(folder, path.join(repoRoot, 'demo'), stdout);

    const response = await fetch(address);
    assert.equal(response.status, 200, `${address} answered ${response.status}`);
    const page = await response.text();
    assert.match(page, /workbench/i, 'the page is the VS Code workbench');
    // The editor state lives in a temporary folder the page names (HTML-escaped JSON).
    const userData = /[\w/.-]*marginalia-vscode-\w+\/user-data/.exec(page)?.[0];
    assert.ok(userData && fs.existsSync(userData), `the page names no existing user-data folder: ${userData}`);

    child.kill('SIGINT');
    let timer;
    const outcome = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
    clearTimeout(timer);
    assert.ok(outcome, 'npm start did not stop within 30 s of Ctrl+C');
    assert.ok(outcome.code === 130 || outcome.signal === 'SIGINT', `exit ${JSON.stringify(outcome)}\n${stderr}`);
    assert.equal(fs.existsSync(path.dirname(userData)), false, `${userData} was left behind`);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
