#!/usr/bin/env node
// `npm start [-- --host H] [--port P] [--web] [--folder DIR] [--language fr]`: builds Marginalia
// and opens it on the demo workspace (demo/, which holds the sample article).
//
// With a desktop `code` on PATH it opens an Extension Development Host window there (unless
// --web). Otherwise it starts the VS Code server (code-server's, installed once in the cache)
// on 127.0.0.1 with Marginalia installed from this folder, and prints the address to open in a
// browser; it runs until Ctrl+C. It is a normal workbench (no test driver): messages pop up.
// --language fr shows the French interface offline (Marginalia's strings; VS Code's own need its
// language pack from the Marketplace).
// The workspace is demo/ itself, not a copy, so annotations made there persist; the editor's
// own state (settings, open tabs) is temporary and removed on exit.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanupAll, repoRoot, startServer, whenStopRequested } from './lib/vscode-server.mjs';

const USAGE = `usage: npm start [-- --host HOST] [--port PORT] [--web] [--folder DIR] [--language fr]
  --host HOST      interface to listen on (default 127.0.0.1); anything else needs the printed token
  --port PORT      port (default: $PORT, or a free one)
  --web            use the browser workbench even when a desktop \`code\` is on PATH
  --folder DIR     workspace to open (default demo/)
  --language LANG  display language, e.g. fr (Marginalia's strings; VS Code's own stay English offline)`;

function options() {
  const { values } = parseArgs({
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      web: { type: 'boolean' },
      folder: { type: 'string' },
      language: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const portText = values.port ?? process.env.PORT;
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`bad port "${portText}"`);
  }
  return {
    host: values.host ?? '127.0.0.1',
    port,
    web: Boolean(values.web),
    folder: path.resolve(values.folder ?? path.join(repoRoot, 'demo')),
    language: values.language,
  };
}

/** The demo workspace holds the sample article; put it back if someone deleted it. */
function ensureDemoWorkspace(folder) {
  const article = path.join(folder, 'bostyn-rabat.txt');
  if (folder === path.join(repoRoot, 'demo') && !fs.existsSync(article)) {
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'samples', 'bostyn-rabat.txt'), article);
  }
  if (!fs.existsSync(folder)) throw new Error(`${folder} does not exist`);
}

function build() {
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

function desktopCode() {
  const found = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Desktop VS Code: an Extension Development Host window; returns when it is closed. */
function runDesktop(code, folder, language) {
  console.log(`Opening ${folder} in ${code} with Marginalia from ${repoRoot} (close the window to stop).`);
  const locale = language ? ['--locale', language] : [];
  const child = spawn(code, ['--new-window', '--wait', ...locale, `--extensionDevelopmentPath=${repoRoot}`, folder], {
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
}

async function runWeb({ host, port, folder, language }) {
  const local = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  if (!local) {
    console.warn(
      `Warning: listening on ${host}. Anyone who can reach this port gets an editor with a terminal on this ` +
        'machine; the address below carries a secret token. Prefer an SSH tunnel to 127.0.0.1.',
    );
  }
  const server = await startServer({ host, port, connectionToken: !local, extensions: [repoRoot], language });
  const url = server.workbenchUrl({ folder });
  console.log(`\nMarginalia in VS Code (web) on ${path.relative(process.cwd(), folder) || '.'}:\n\n  ${url}\n`);
  console.log('Open it in a browser. Press Ctrl+C to stop.');
  const outcome = await Promise.race([server.exited.then((code) => ({ code })), whenStopRequested]);
  if (typeof outcome === 'string') return 130; // Ctrl+C: the cleanup is already under way
  throw new Error(`the VS Code server stopped (${outcome.code}):\n${server.output()}`);
}

let exitCode = 0;
try {
  const opts = options();
  ensureDemoWorkspace(opts.folder);
  build();
  const code = opts.web ? undefined : desktopCode();
  exitCode = code ? await runDesktop(code, opts.folder, opts.language) : await runWeb(opts);
} catch (error) {
  console.error(`start: ${error.message}`);
  exitCode = 1;
}
await cleanupAll();
process.exit(exitCode);
