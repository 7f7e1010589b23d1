#!/usr/bin/env node
// The integration suite in desktop VS Code through @vscode/test-electron, the standard runner
// on machines with internet (it downloads VS Code into .vscode-test/). Selected by
// `MARGINALIA_RUNNER=electron npm run test:integration`; same options and same suite
// (test/integration/index.ts run()) as the code-server runner. VSCODE_VERSION picks the
// version (default: stable). On Linux without a display, run it under `xvfb-run -a`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { copyWorkspace, integrationOptions } from './lib/integration-options.mjs';
import { onCleanup, log } from './lib/vscode-server.mjs';

/**
 * Runs the suite in desktop VS Code.
 * @param {{ tests: string, workspace: string, extensionDevelopmentPath: string }} options
 * @returns {Promise<number>} the exit code of VS Code (0 when every test passed)
 */
export async function runInElectron({ tests, workspace, extensionDevelopmentPath }) {
  const { runTests, TestRunFailedError } = await import('@vscode/test-electron');
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-electron-'));
  const removeTmp = () => fs.rmSync(tmpDir, { recursive: true, force: true });
  const close = onCleanup(async () => removeTmp(), removeTmp);
  try {
    const folder = copyWorkspace(workspace, tmpDir);
    const userData = path.join(tmpDir, 'user-data', 'User');
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(
      path.join(userData, 'settings.json'),
      JSON.stringify({ 'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off' }),
    );
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath,
      extensionTestsPath: tests,
      launchArgs: [
        folder,
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.dirname(userData),
        '--extensions-dir', path.join(tmpDir, 'extensions'),
      ],
    });
    return 0;
  } catch (error) {
    if (error instanceof TestRunFailedError) {
      log(error.message);
      return typeof error.code === 'number' && error.code !== 0 ? error.code : 1;
    }
    if (['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT'].includes(error.code)) {
      throw new Error(
        `${error.message}: @vscode/test-electron downloads VS Code and needs internet; offline, use the default runner (unset MARGINALIA_RUNNER)`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    await close();
  }
}

if (path.resolve(process.argv[1] ?? '') === import.meta.filename) {
  let code;
  try {
    code = await runInElectron(integrationOptions());
  } catch (error) {
    console.error(`test-electron: ${error.stack ?? error}`);
    code = 2;
  }
  process.exit(code);
}
