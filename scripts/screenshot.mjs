#!/usr/bin/env node
// `npm run screenshot -- [--folder DIR] [--file REL] [--out PNG] [--width W --height H] [--theme dark|light|hc] [--command TITLE]...`
// Builds the extension, opens the workbench with Marginalia loaded on DIR (default demo/),
// opens REL (default bostyn-rabat.txt), runs each --command through the command palette (by its
// title, e.g. "Marginalia: Show Outline"), waits --settle ms (default 1500), presses each --key
// (playwright names: ArrowRight, Control+B…), rests the mouse on --hover TEXT and writes a PNG (default screenshots/tmp/workbench.png).
// --language fr shows Marginalia in French (the workbench's own strings stay English offline).
// --web runs Marginalia in the web worker extension host (its `browser` bundle), as vscode.dev does.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanupAll, repoRoot, takeScreenshot } from './lib/vscode-server.mjs';

const { values } = parseArgs({
  options: {
    folder: { type: 'string' },
    file: { type: 'string' },
    out: { type: 'string' },
    width: { type: 'string' },
    height: { type: 'string' },
    theme: { type: 'string' },
    command: { type: 'string', multiple: true },
    key: { type: 'string', multiple: true },
    hover: { type: 'string' },
    settle: { type: 'string' },
    language: { type: 'string' },
    web: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('usage: npm run screenshot -- [--folder DIR] [--file REL] [--out PNG] [--width W] [--height H] [--theme dark|light|hc] [--command TITLE]... [--key KEY]... [--hover TEXT] [--settle MS] [--language fr] [--web] [--no-build]');
  process.exit(0);
}

let code = 0;
try {
  if (!values['no-build']) {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  const started = Date.now();
  const out = await takeScreenshot({
    folder: values.folder && path.resolve(values.folder),
    file: values.file,
    out: values.out && path.resolve(values.out),
    width: values.width ? Number(values.width) : undefined,
    height: values.height ? Number(values.height) : undefined,
    theme: values.theme,
    commands: values.command,
    keys: values.key,
    hover: values.hover,
    settleMs: values.settle ? Number(values.settle) : undefined,
    language: values.language,
    web: values.web,
  });
  console.log(`${path.relative(process.cwd(), out)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(`screenshot: ${error.message}`);
  code = 1;
}
await cleanupAll();
process.exit(code);
