// Entry point of the web worker suite (both the page's extension host and the suite run in a
// web worker: no Node, no `require` but `vscode`). Bundled whole by esbuild.mjs, mocha's
// browser build included; scripts/test-web.mjs runs it.
import 'mocha/mocha.js';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  console.log(`VS Code ${vscode.version} (${vscode.env.appName}), web worker extension host`);
  // Loaded after setup(), which defines describe() and it().
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- bundled, loaded once the globals exist
  require('./webWorker.test');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} web worker test(s) failed`);
}
