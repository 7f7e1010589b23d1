#!/usr/bin/env node
// Installs (once) the VS Code server that the tests, `npm start` and screenshots use: Node 24
// and code-server in the cache folder (MARGINALIA_CACHE, default ~/.cache/marginalia).
// The other scripts do this on demand; this lets CI time it as a step of its own.
import { CODE_SERVER_VERSION, cacheDir, ensureCodeServer } from './lib/vscode-server.mjs';

try {
  const { node, serverMain } = await ensureCodeServer();
  console.log(`code-server ${CODE_SERVER_VERSION} ready in ${cacheDir()}\n  node: ${node}\n  server: ${serverMain}`);
} catch (error) {
  console.error(`install-vscode: ${error.message}`);
  process.exit(1);
}
