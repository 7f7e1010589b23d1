// The install of code-server from inside an npm script (issue 13): `npm test` and `npm start`
// install Node 24 and code-server with a child npm, and code-server's install script reads the
// Node version from npm_config_user_agent. Inherited from the outer npm, that variable named
// the outer npm's Node and the install failed on every fresh machine.
//
// Reproduced in seconds and offline: a tiny package (fixtures/needs-node-99) whose install
// script makes code-server's check for a "Node 99", a `node` on PATH that reports v99 (the real
// Node with its version replaced), and the install started by `npm run` in an empty folder.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cleanNpmEnv, diagnose, npmInstallEnv } from '../../scripts/lib/npm-install.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outerNodeMajor = process.versions.node.split('.')[0];

describe('an install started from inside an npm script, on an empty cache folder', () => {
  let tmp;
  let tarball;
  let fakeNodeBin;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-install-test-'));
    // A `node` that is the real one claiming to be v99, as Node 24 differs from the outer Node 20.
    fakeNodeBin = path.join(tmp, 'node99', 'bin');
    fs.mkdirSync(fakeNodeBin, { recursive: true });
    const pretend = path.join(tmp, 'node99', 'pretend-99.cjs');
    fs.writeFileSync(
      pretend,
      "Object.defineProperty(process, 'version', { value: 'v99.0.0' });\n" +
        "Object.defineProperty(process.versions, 'node', { value: '99.0.0' });\n",
    );
    fs.writeFileSync(path.join(fakeNodeBin, 'node'), `#!/bin/sh\nexec '${process.execPath}' --require '${pretend}' "$@"\n`, { mode: 0o755 });
    // A tarball, as from the registry (npm links a folder instead of installing it).
    const packed = spawnSync('npm', ['pack', path.join(here, 'fixtures', 'needs-node-99'), '--pack-destination', tmp, '--silent'], {
      env: cleanNpmEnv(),
      encoding: 'utf8',
    });
    assert.equal(packed.status, 0, packed.stderr);
    tarball = path.join(tmp, packed.stdout.trim().split('\n').pop());
    // The project whose npm script starts the install, like Marginalia's `npm test`.
    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    const script = `node ${JSON.stringify(path.join(here, 'fixtures', 'install-from-npm-script.mjs'))}`;
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ private: true, scripts: { 'install-package': script } }));
  });

  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** `npm run install-package` in the project, installing the tarball into CACHE/name. */
  function installFromNpmScript(name, extraEnv = {}) {
    const dir = path.join(tmp, 'cache', name);
    const logFile = path.join(tmp, 'cache', 'logs', `${name}.log`);
    const run = spawnSync('npm', ['run', 'install-package'], {
      cwd: path.join(tmp, 'project'),
      env: {
        ...cleanNpmEnv(),
        // No network: the tarball is local, and the setting must reach the child npm.
        npm_config_offline: 'true',
        TINY_SPEC: tarball,
        TINY_DIR: dir,
        TINY_NODE_BIN: fakeNodeBin,
        TINY_LOG: logFile,
        ...extraEnv,
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { ...run, dir, logFile, output: `${run.stdout}\n${run.stderr}` };
  }

  test('with the outer npm environment handed down, the install script sees the outer Node and fails (the bug)', () => {
    const run = installFromNpmScript('inherited', { TINY_INHERIT_ENV: '1' });
    assert.equal(run.status, 1, run.output);
    const log = fs.readFileSync(run.logFile, 'utf8');
    assert.match(log, /requires node v99/, log);
    assert.match(log, new RegExp(`you are on node v${outerNodeMajor}\\b`), log);
    // The failure names its step and what to do, not a stack.
    assert.match(run.stderr, /the install failed at step "needs-node-99"/, run.output);
    assert.match(run.stderr, new RegExp(`what to do: npm told the install script it runs on Node ${outerNodeMajor} instead of Node 99`), run.output);
    assert.match(run.stderr, new RegExp(`all of it in ${run.logFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), run.output);
    assert.doesNotMatch(run.stderr, /^\s+at /m, run.output);
  });

  test('with the clean environment, the install script runs on the Node first on PATH and succeeds', () => {
    const run = installFromNpmScript('clean');
    assert.equal(run.status, 0, `${run.output}\n${fs.readFileSync(run.logFile, 'utf8')}`);
    const marker = path.join(run.dir, 'node_modules', 'needs-node-99', 'installed-by.txt');
    assert.match(fs.readFileSync(marker, 'utf8'), /\bnode\/v99\.0\.0\b/);
  });
});

describe('cleanNpmEnv', () => {
  const outer = {
    HOME: '/home/ann',
    PATH: ['/work/app/node_modules/.bin', '/work/node_modules/.bin', '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin', '/usr/bin'].join(path.delimiter),
    LANG: 'fr_FR.UTF-8',
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    npm_config_local_prefix: '/work/app',
    npm_config_global_prefix: '/usr',
    npm_config_loglevel: 'silent',
    npm_config_nodedir: '/usr',
    npm_lifecycle_event: 'test',
    npm_lifecycle_script: 'npm run test:integration',
    npm_package_json: '/work/app/package.json',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_node_execpath: '/usr/bin/node',
    npm_command: 'run',
    INIT_CWD: '/work/app',
    NODE: '/usr/bin/node',
    NODE_OPTIONS: '--max-old-space-size=100',
    npm_config_registry: 'https://mirror.example/npm/',
    'npm_config_@corp:registry': 'https://corp.example/npm/',
    NPM_CONFIG_HTTPS_PROXY: 'http://proxy.example:3128',
    npm_config_cafile: '/etc/ssl/corp.pem',
    npm_config_cache: '/home/ann/.npm',
    https_proxy: 'http://proxy.example:3128',
  };

  test('drops what describes the outer npm and its Node', () => {
    const clean = cleanNpmEnv(outer);
    for (const key of ['npm_config_user_agent', 'npm_config_node_gyp', 'npm_config_local_prefix', 'npm_config_global_prefix',
      'npm_config_loglevel', 'npm_config_nodedir', 'npm_lifecycle_event', 'npm_lifecycle_script', 'npm_package_json',
      'npm_execpath', 'npm_node_execpath', 'npm_command', 'INIT_CWD', 'NODE', 'NODE_OPTIONS']) {
      assert.equal(clean[key], undefined, key);
    }
    assert.equal(clean.PATH, '/usr/bin');
  });

  test('keeps the user: registry, proxy, certificates, cache and everything not npm', () => {
    const clean = cleanNpmEnv(outer);
    for (const key of ['HOME', 'LANG', 'npm_config_registry', 'npm_config_@corp:registry', 'NPM_CONFIG_HTTPS_PROXY', 'npm_config_cafile',
      'npm_config_cache', 'https_proxy']) {
      assert.equal(clean[key], outer[key], key);
    }
  });

  test('npmInstallEnv puts the chosen Node first and lets install scripts run', () => {
    const env = npmInstallEnv({ nodeBinDir: '/cache/node24/bin', env: { ...outer, npm_config_ignore_scripts: 'true' } });
    assert.equal(env.PATH, ['/cache/node24/bin', '/usr/bin'].join(path.delimiter));
    assert.equal(env.npm_config_ignore_scripts, 'false');
    assert.equal(env.npm_config_user_agent, undefined);
  });
});

describe('diagnose', () => {
  test('names the package to install for the native build errors a fresh machine meets', () => {
    assert.match(diagnose("../src/kerberos.h:4:10: fatal error: gssapi/gssapi.h: No such file or directory", '/c').join('\n'), /libkrb5-dev/);
    assert.match(diagnose('gyp ERR! stack Error: not found: make', '/c').join('\n'), /build-essential/);
    assert.match(diagnose('/bin/sh: 1: g++: not found', '/c').join('\n'), /build-essential/);
    assert.match(diagnose('gyp ERR! find Python Python is not set from command line or npm configuration', '/c').join('\n'), /python3/);
    assert.match(diagnose('npm error code ENOTFOUND\nnpm error network request to https://registry.npmjs.org/x failed', '/c').join('\n'), /npm ping/);
    assert.match(diagnose('npm error code ENOSPC', '/cache').join('\n'), /disk space.*\/cache/);
    assert.deepEqual(diagnose('npm error code E1234 something new', '/c'), []);
  });
});
