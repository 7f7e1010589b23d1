#!/usr/bin/env node
// `npm run test:web`: runs the web worker suite (test/web/, bundled to dist/test/web/index.js by
// `npm run build`) with Marginalia in the web worker extension host of the same VS Code server
// as `npm run test:integration` — what vscode.dev and github.dev run. The user setting
// remote.extensionKind sends the extension (it has both `main` and `browser`) to the worker.
// Options: as scripts/test-integration.mjs (--tests, --workspace, --timeout).
// Exit code: 0 all passed, 1 a test failed, 2 the runner itself failed.
import * as path from 'node:path';
import { integrationOptions } from './lib/integration-options.mjs';
import { cleanupAll, repoRoot, WEB_WORKER_SETTINGS } from './lib/vscode-server.mjs';
import { runInCodeServer } from './test-integration.mjs';

const WEB_SUITE = path.join(repoRoot, 'dist', 'test', 'web', 'index');
const RUNNER_FAILED = 2;

let code;
try {
  const argv = process.argv.slice(2);
  const options = integrationOptions(argv.includes('--tests') ? argv : ['--tests', WEB_SUITE, ...argv]);
  code = await runInCodeServer({ ...options, settings: WEB_WORKER_SETTINGS });
} catch (error) {
  console.error(`test-web: ${error.name === 'InstallError' ? error.message : (error.stack ?? error)}`);
  code = RUNNER_FAILED;
}
await cleanupAll();
process.exit(code);
