// What both integration runners (scripts/test-integration.mjs for code-server,
// scripts/test-electron.mjs for desktop VS Code) share: their options and the workspace copy.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './vscode-server.mjs';

/** Options shared by both runners. */
export function integrationOptions(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      tests: { type: 'string' },
      workspace: { type: 'string' },
      timeout: { type: 'string' },
    },
  });
  const tests = path.resolve(values.tests ?? path.join(repoRoot, 'dist', 'test', 'integration', 'index'));
  const workspace = path.resolve(values.workspace ?? path.join(repoRoot, 'test', 'fixtures', 'workspace'));
  const timeoutMs = Number(values.timeout ?? process.env.MARGINALIA_TEST_TIMEOUT_MS ?? 900_000);
  if (!fs.existsSync(`${tests}.js`)) {
    throw new Error(`${tests}.js does not exist: run \`npm run build\` first (\`npm test\` builds before it runs this)`);
  }
  if (!fs.existsSync(workspace)) throw new Error(`test workspace ${workspace} does not exist`);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error(`bad timeout "${values.timeout}"`);
  return { tests, workspace, timeoutMs, extensionDevelopmentPath: repoRoot };
}

/** Copies the test workspace so that tests may write into it freely. */
export function copyWorkspace(workspace, tmpDir) {
  const copy = path.join(tmpDir, 'workspace');
  fs.cpSync(workspace, copy, { recursive: true });
  return copy;
}
