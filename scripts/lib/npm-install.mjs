// Installing an npm package into a folder of its own with a chosen Node, the same way whether it
// is started from a shell or from inside an npm script (`npm test`, `npm start`), and failing
// with the step that failed and what to do rather than a stack.
//
// Why the environment matters: npm exports its whole configuration to the scripts it runs
// (npm_config_*, npm_lifecycle_*, npm_execpath, NODE, INIT_CWD…), and a child npm reads those
// variables back as its own configuration. code-server's install script takes the Node version
// from npm_config_user_agent; inherited from the outer npm, it names the outer npm's Node (20),
// not the Node 24 put first on PATH, and the install fails ("code-server currently requires
// node v24"). See issue 13.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * npm settings a user sets for the network, the download cache and the native builds: they say
 * where packages come from, not which npm or Node runs, so the child npm keeps them. Everything
 * else an npm exports (its user agent, prefixes, node-gyp, log level, lifecycle…) is dropped.
 */
const KEPT_NPM_CONFIG = new Set([
  'registry', 'proxy', 'https_proxy', 'http_proxy', 'noproxy', 'no_proxy',
  'ca', 'cafile', 'cert', 'key', 'strict_ssl', 'local_address', 'maxsockets',
  'fetch_retries', 'fetch_retry_factor', 'fetch_retry_mintimeout', 'fetch_retry_maxtimeout', 'fetch_timeout',
  'cache', 'offline', 'prefer_offline', 'prefer_online', 'userconfig',
  'python', 'jobs',
]);

/** Variables npm sets for its scripts that describe that npm and its Node, not the user. */
const NPM_SCRIPT_VARIABLES = new Set(['INIT_CWD', 'NODE', 'COLOR', 'NODE_OPTIONS']);

function keepsNpmConfig(name) {
  const key = name.toLowerCase();
  // Scoped registries (npm_config_@scope:registry) and per-registry settings (//host/:…).
  return KEPT_NPM_CONFIG.has(key) || /^@[^:]+:registry$/.test(key) || key.startsWith('//');
}

/**
 * PATH without what npm prepends for a script: the node_modules/.bin folders of the project and
 * its parents, and npm's own node-gyp shim.
 */
export function pathOutsideNpmScript(value = '') {
  return value
    .split(path.delimiter)
    .filter((entry) => entry && !/[\\/]node_modules[\\/]\.bin[\\/]?$/.test(entry) && !/[\\/]node-gyp-bin[\\/]?$/.test(entry))
    .join(path.delimiter);
}

/**
 * The environment of a shell outside any npm script: `env` without the variables an outer npm
 * exported, except the user's network, cache and build settings (KEPT_NPM_CONFIG).
 * @param {Record<string, string | undefined>} [env]
 * @returns {Record<string, string>}
 */
export function cleanNpmEnv(env = process.env) {
  /** @type {Record<string, string>} */
  const clean = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const config = /^npm_config_(.+)$/i.exec(key);
    if (config ? !keepsNpmConfig(config[1]) : /^npm_/i.test(key) || NPM_SCRIPT_VARIABLES.has(key)) continue;
    clean[key] = value;
  }
  const pathKey = Object.keys(clean).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  clean[pathKey] = pathOutsideNpmScript(clean[pathKey]);
  return clean;
}

/**
 * Environment for `npm install` run by the Node in `nodeBinDir`: clean (see cleanNpmEnv), that
 * Node first on PATH (the npm found on PATH then runs on it and reports it to install scripts),
 * and install scripts allowed (packages such as code-server do not work without them).
 * @param {object} options
 * @param {string} options.nodeBinDir folder of the `node` binary to use
 * @param {Record<string, string | undefined>} [options.env] environment to start from
 * @param {Record<string, string>} [options.extra] npm settings of this install
 */
export function npmInstallEnv({ nodeBinDir, env = process.env, extra = {} }) {
  const clean = cleanNpmEnv(env);
  return {
    ...clean,
    PATH: `${nodeBinDir}${path.delimiter}${clean.PATH ?? ''}`,
    npm_config_ignore_scripts: 'false',
    ...extra,
  };
}

/**
 * Allows install scripts even under `strict-allow-scripts`. npm 11.19 added an allowScripts policy; `strict-allow-scripts=true` in a user's .npmrc would
 * refuse the install scripts this install needs. Older npm versions warn about settings they do
 * not know, so the override is only given to an npm that knows it.
 */
export function allowInstallScripts(env, cwd) {
  const known = spawnSync('npm', ['config', 'get', 'strict-allow-scripts'], { env, cwd, encoding: 'utf8' });
  const value = known.stdout?.trim();
  return value === 'true' || value === 'false' ? { ...env, npm_config_strict_allow_scripts: 'false' } : env;
}

// ---------------------------------------------------------------------------------------------
// Failures a user can act on.

/** A failed install step, with what to do; its message is meant for the user as it is. */
export class InstallError extends Error {
  /**
   * @param {object} details
   * @param {string} details.step what was being done ("code-server 4.139.1: npm install …")
   * @param {string} details.problem what went wrong
   * @param {string[]} [details.fixes] what to do about it
   * @param {string} [details.logFile] the step's full output
   * @param {string} [details.tail] the last lines of that output
   */
  constructor({ step, problem, fixes = [], logFile, tail }) {
    const lines = [`the install failed at step "${step}": ${problem}`];
    for (const fix of fixes) lines.push(`  what to do: ${fix}`);
    lines.push('  then run the same command again: the unfinished step is redone from the start.');
    if (tail) lines.push(`  last lines of the output${logFile ? ` (all of it in ${logFile})` : ''}:`, indent(tail, '    | '));
    else if (logFile) lines.push(`  output: ${logFile}`);
    super(lines.join('\n'));
    this.name = 'InstallError';
    this.step = step;
    this.fixes = fixes;
    this.logFile = logFile;
  }
}

function indent(text, prefix) {
  return text.split('\n').map((line) => `${prefix}${line}`).join('\n');
}

const APT = 'sudo apt-get install -y --no-install-recommends';

/** Causes recognised in an install's output, most specific first. */
const DIAGNOSES = [
  {
    pattern: /requires node v(\d+)[\s\S]{0,200}?on node v(\d*)/,
    fix: (match) =>
      `npm told the install script it runs on Node ${match[2] || '?'} instead of Node ${match[1]}: npm variables ` +
      'of an outer npm reached the install. This is a bug of scripts/lib/npm-install.mjs (cleanNpmEnv); ' +
      'meanwhile install from a plain shell: node scripts/install-vscode.mjs',
  },
  { pattern: /gssapi[\\/]gssapi\.h|gssapi\.h: No such file/i, fix: () => `install the Kerberos headers: ${APT} libkrb5-dev` },
  {
    pattern: /not found: make\b|make: (not found|command not found)|spawn make ENOENT/i,
    fix: () => `install make and a C++ compiler: ${APT} build-essential`,
  },
  {
    pattern: /\b(g\+\+|c\+\+|gcc|cc): (not found|command not found|No such file)|spawn (g\+\+|c\+\+|cc) ENOENT/i,
    fix: () => `install a C++ compiler: ${APT} build-essential`,
  },
  {
    pattern: /find Python|Could not find any Python|python3?: (not found|command not found)/i,
    fix: () => `install Python 3 (node-gyp needs it): ${APT} python3`,
  },
  {
    pattern: /ENOSPC|no space left on device/i,
    fix: (_match, dir) => `free disk space: the install needs about 900 MB in ${dir} (or set MARGINALIA_CACHE to a folder on a bigger disk)`,
  },
  {
    pattern: /\bE404\b|404 Not Found/,
    fix: () => 'the registry does not have this package or version: check `npm config get registry` (a mirror may lack it)',
  },
  {
    pattern: /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|socket hang up|network request|SELF_SIGNED|UNABLE_TO_GET_ISSUER|CERT_/,
    fix: () =>
      'npm could not reach the registry: check the network (`npm ping`) and the registry, proxy and ' +
      'certificate settings (`npm config get registry`; https-proxy, cafile in ~/.npmrc)',
  },
  {
    pattern: /\bEACCES\b|\bEPERM\b|permission denied/i,
    fix: (_match, dir) => `make ${dir} writable by you (or set MARGINALIA_CACHE to a folder of yours)`,
  },
];

/**
 * What to do about a failed install, from its output.
 * @param {string} output
 * @param {string} dir the folder being installed into
 * @returns {string[]}
 */
export function diagnose(output, dir) {
  const fixes = [];
  for (const { pattern, fix } of DIAGNOSES) {
    const match = pattern.exec(output);
    if (match) fixes.push(fix(match, dir));
  }
  return fixes;
}

// ---------------------------------------------------------------------------------------------
// Running `npm install`.

function lastLines(text, count) {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * `npm install --no-save SPEC` in `dir`, emptied first (a half-done install is redone from the
 * start). The output goes to `logFile`; a line on stderr every `heartbeatMs` says it is still
 * running; install scripts run (see allowInstallScripts). Rejects with an InstallError naming
 * `step`, with the fixes found in the output.
 * @param {object} options
 * @param {string} options.step name of the step, for messages
 * @param {string} options.dir folder to install into
 * @param {string} options.spec what to install (name@version, or a tarball's path)
 * @param {Record<string, string>} options.env the child's environment (see npmInstallEnv)
 * @param {string} options.logFile where the output goes
 * @param {(message: string) => void} [options.log] progress lines
 * @param {number} [options.heartbeatMs]
 * @param {(cleanup: () => void) => () => void} [options.onAbort] registers how to end the child
 *   if this process is stopped; returns the unregistration
 */
export async function npmInstall({ step, dir, spec, env, logFile, log = () => {}, heartbeatMs = 60_000, onAbort }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const args = ['install', '--no-audit', '--no-fund', '--no-save', spec];
  const command = `npm ${args.join(' ')}`;
  fs.writeFileSync(logFile, `$ ${command}  (in ${dir}, started ${new Date().toISOString()})\n`);
  const childEnv = allowInstallScripts(env, dir);
  const out = fs.openSync(logFile, 'a');
  const started = Date.now();
  let outcome;
  try {
    // Its own process group, so that stopping ends npm and the builds it started.
    const child = spawn('npm', args, { cwd: dir, env: childEnv, detached: true, stdio: ['ignore', out, out] });
    const unregister = onAbort?.(() => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    });
    const heartbeat = setInterval(
      () => log(`${step}: still running (${Math.round((Date.now() - started) / 1000)} s; output in ${logFile})`),
      heartbeatMs,
    );
    outcome = await new Promise((resolve) => {
      child.once('error', (error) => resolve({ error }));
      child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    clearInterval(heartbeat);
    unregister?.();
  } finally {
    fs.closeSync(out);
  }
  if (outcome.error) {
    const fixes = outcome.error.code === 'ENOENT' ? ['install npm (it comes with Node.js) and put it on PATH'] : [];
    throw new InstallError({ step, problem: `could not run ${command}: ${outcome.error.message}`, fixes, logFile });
  }
  if (outcome.code !== 0) {
    const output = fs.readFileSync(logFile, 'utf8');
    throw new InstallError({
      step,
      problem: `${command} failed (${outcome.code ?? outcome.signal}) after ${Math.round((Date.now() - started) / 1000)} s`,
      fixes: diagnose(output, dir),
      logFile,
      tail: lastLines(output, 25),
    });
  }
  log(`${step}: done in ${Math.round((Date.now() - started) / 1000)} s`);
}

// ---------------------------------------------------------------------------------------------
// What native builds need, checked before minutes are spent downloading.

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const GSSAPI_HEADERS = ['/usr/include/gssapi/gssapi.h', '/usr/local/include/gssapi/gssapi.h', '/usr/include/gssapi.h'];

/**
 * The Debian packages missing for compiling code-server's native modules (make, a C++ compiler,
 * Python for node-gyp, the Kerberos headers). Only Linux is checked; elsewhere the build's own
 * errors tell.
 * @returns {{ what: string, apt: string }[]}
 */
export function missingBuildTools() {
  if (process.platform !== 'linux') return [];
  const missing = [];
  if (!hasCommand('make')) missing.push({ what: 'make', apt: 'build-essential' });
  if (!hasCommand(process.env.CXX || 'g++') && !hasCommand('c++')) missing.push({ what: 'a C++ compiler (g++)', apt: 'build-essential' });
  if (!hasCommand('python3')) missing.push({ what: 'python3', apt: 'python3' });
  if (!GSSAPI_HEADERS.some((file) => fs.existsSync(file))) missing.push({ what: 'the Kerberos headers (gssapi/gssapi.h)', apt: 'libkrb5-dev' });
  return missing;
}
