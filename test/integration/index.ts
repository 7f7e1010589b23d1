// Entry point of the integration suite inside the extension host (both runners call run()).
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

// The suites are bundled into this file by esbuild; each registers its describe() blocks
// when imported, after mocha's globals are set up below.
const suites = () => [import('./activation.test')];

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, path.join(__dirname, 'suite'), mocha);
  console.log(`VS Code ${vscode.version} (${vscode.env.appName}), extension host ${process.version}`);
  await Promise.all(suites());
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
