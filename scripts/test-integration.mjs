#!/usr/bin/env node
// `npm run test:integration`: runs the integration suite (test/integration/index.ts, bundled to
// dist/test/integration/index.js by `npm run build`) inside a real VS Code extension host.
//
// Default runner: the VS Code server from code-server + headless Chromium (works offline).
// MARGINALIA_RUNNER=electron: desktop VS Code through @vscode/test-electron (downloads VS Code).
//
// Options (mainly for the runner's own tests, test/runner/):
//   --tests PATH      suite index to run, without .js (default dist/test/integration/index)
//   --workspace DIR   folder copied to a temp folder and opened (default test/fixtures/workspace)
//   --timeout MS      give up when the suite has not reported by then (default 900000, or
//                     MARGINALIA_TEST_TIMEOUT_MS)
// MARGINALIA_DISPLAY_LANGUAGE=fr runs the workbench with French as its display language. The
// French language pack cannot be installed offline, so the workbench's own strings stay English;
// the language is set where a language pack's NLS script would set it, which is what
// vscode.env.language and the extensions' l10n bundles follow.
// Exit code: the one the workbench reports (0 all passed, 1 a test failed), 2 when the runner
// itself failed (server did not start, timeout, missing build).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { copyWorkspace, integrationOptions } from './lib/integration-options.mjs';
import { startPageProbe } from './lib/page-probe.mjs';
import { cleanupAll, launchBrowser, log, repoRoot, startServer } from './lib/vscode-server.mjs';

const RUNNER_FAILED = 2;

/** Runs a suite in the workbench; `settings` go over the runner's user settings (scripts/test-web.mjs). */
export async function runInCodeServer({ tests, workspace, timeoutMs, extensionDevelopmentPath, settings }) {
  const started = Date.now();
  let page;
  // Tests read what the workbench renders through it (test/integration/pageProbe.ts).
  const probe = await startPageProbe(() => page);
  const server = await startServer({ smokeTestDriver: true, settings, env: { MARGINALIA_PAGE_PROBE: probe.url } });
  const folder = copyWorkspace(workspace, server.tmpDir);
  ({ page } = await launchBrowser({ tmpDir: server.tmpDir }));
  const console = new WorkbenchConsole();
  page.on('console', (message) => console.receive(message));
  page.on('pageerror', (error) => console.note(`page error: ${error.message}`));

  let reportExit;
  const reported = new Promise((resolve) => (reportExit = resolve));
  // The workbench calls this when the suite's run() settles (0 = resolved, 1 = rejected).
  await page.exposeFunction('codeAutomationExit', (code, logs) => reportExit({ code, logs }));
  const language = process.env.MARGINALIA_DISPLAY_LANGUAGE;
  if (language) await page.addInitScript((value) => (globalThis._VSCODE_NLS_LANGUAGE = value), language);
  await page.goto(server.workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath: tests }));

  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
  const result = await Promise.race([reported, timedOut]);
  clearTimeout(timer);
  await console.flushed();
  if (!result) {
    console.dumpHidden();
    log(`server output:\n${server.output()}`);
    throw new Error(`the extension host did not report within ${timeoutMs / 1000} s (did the suite's run() hang?)`);
  }
  const code = Number(result.code);
  // The failing tests are in the output already; the workbench's own logs go to a file.
  if (code !== 0) saveLogs(result.logs);
  log(`suite finished with exit code ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

/** Keeps the workbench's logs of a failed run in test-results/ (git-ignored) for diagnosis. */
function saveLogs(logs) {
  if (!Array.isArray(logs) || logs.length === 0) return;
  const dir = path.join(repoRoot, 'test-results', 'integration-logs');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const { relativePath, contents } of logs) {
    const file = path.join(dir, relativePath);
    if (!file.startsWith(dir + path.sep)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  }
  log(`workbench logs saved in ${path.relative(process.cwd(), dir)}/`);
}

/** Lines of the workbench itself (not of the suite) that are expected in an offline run. */
const WORKBENCH_NOISE = [
  /^\[(AccountPolicyGate|AgentHost|Service Worker|reconnection-grace-time)/,
  /^(Creating a socket|Resolving connection token|Resolved connection token|Updating additional builtin extensions cache)/,
  /^Creation of workbench contribution '.*' took \d+ms\.$/,
  /^Error: Timed out waiting for authentication provider 'github'/,
  /getaddrinfo ENOTFOUND|ERR_NAME_NOT_RESOLVED|open-vsx\.org/,
];

/**
 * Forwards the extension host's console to stdout. In a test run the workbench routes every
 * console call of the extension host whose first argument is a string to its log service,
 * which logs it in the page as ("%c INFO", "color: #33f", ...original arguments). The
 * workbench's own log lines look the same: those before the extension host connects, the
 * browser's own messages and known offline noise are held back and printed only when the
 * run fails (or always with MARGINALIA_VERBOSE=1).
 */
class WorkbenchConsole {
  #queue = Promise.resolve();
  #extensionHostConnected = false;
  #hidden = [];
  #verbose = Boolean(process.env.MARGINALIA_VERBOSE);

  receive(message) {
    // Arguments are read asynchronously; the queue keeps the lines in order.
    this.#queue = this.#queue.then(async () => {
      const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
      this.#print(message.type(), args.length > 0 ? args : [message.text()]);
    });
  }

  note(text) {
    this.#queue = this.#queue.then(() => this.#print('error', [text]));
  }

  flushed() {
    return this.#queue;
  }

  dumpHidden() {
    if (this.#hidden.length === 0) return;
    process.stdout.write(`--- workbench console (held back) ---\n${this.#hidden.join('\n')}\n--- end ---\n`);
    this.#hidden = [];
  }

  #print(type, args) {
    const fromLogService = typeof args[0] === 'string' && /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)$/.test(args[0]);
    const text = fromLogService ? format(...args.slice(2)) : `[browser ${type}] ${format(...args)}`;
    const noise = !fromLogService || !this.#extensionHostConnected || WORKBENCH_NOISE.some((re) => re.test(text));
    if (fromLogService && /^Creating a socket \(renderer-ExtensionHost-.* was successful/.test(text)) {
      this.#extensionHostConnected = true;
    }
    if (this.#verbose || !noise) {
      process.stdout.write(`${text}\n`);
    } else {
      this.#hidden.push(text);
    }
  }
}

async function main() {
  let options;
  try {
    options = integrationOptions();
  } catch (error) {
    console.error(`test-integration: ${error.message}`);
    return RUNNER_FAILED;
  }
  const runner = process.env.MARGINALIA_RUNNER ?? 'code-server';
  if (runner === 'electron') {
    const { runInElectron } = await import('./test-electron.mjs');
    return runInElectron(options);
  }
  if (runner !== 'code-server') {
    console.error(`test-integration: unknown MARGINALIA_RUNNER "${runner}" (use code-server or electron)`);
    return RUNNER_FAILED;
  }
  return runInCodeServer(options);
}

if (path.resolve(process.argv[1] ?? '') === import.meta.filename) {
  let code;
  try {
    code = await main();
  } catch (error) {
    // An install failure says what to do; a stack would only hide it.
    console.error(`test-integration: ${error.name === 'InstallError' ? error.message : (error.stack ?? error)}`);
    code = RUNNER_FAILED;
  }
  await cleanupAll();
  process.exit(code);
}
