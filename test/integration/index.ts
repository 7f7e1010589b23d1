// Entry point of the integration suite inside the extension host (both runners call run()).
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/**
 * Runs every `*.test.js` bundled beside this file. `MARGINALIA_TESTS` (substrings of the file
 * names, separated by commas, set on the server process) narrows the run while working on one
 * feature, or pairs two suites that meet in the shared workspace.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, path.join(__dirname, 'suite'), mocha);
  console.log(`VS Code ${vscode.version} (${vscode.env.appName}), extension host ${process.version}`);
  const only = process.env.MARGINALIA_TESTS?.split(',').filter(Boolean);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js') && (!only || only.some((part) => name.includes(part))))
    .sort();
  // Suites register their describe() blocks when loaded, after mocha's globals are set up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at run time, after the globals exist
  for (const file of files) require(path.join(__dirname, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
