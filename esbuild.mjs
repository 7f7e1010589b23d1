// Bundles the extension (desktop and web worker) and the CLI. `--watch` rebuilds on change, `--production` minifies.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { buildGazetteers, townsFile } from './scripts/build-gazetteers.mjs';
import { refuseNodeBuiltins, webExtensionBuild } from './scripts/lib/web-bundle.mjs';

// written by `npm ci` (prepare); rebuilt here for a checkout where install scripts did not run
if (!existsSync(townsFile)) buildGazetteers();
// read beside the bundles by the hosts (src/cli/towns.ts, src/editor/suggestions/towns.ts), not bundled
mkdirSync('dist', { recursive: true });
copyFileSync(townsFile, 'dist/towns.txt');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

// The corpus view's page runs in a webview (a browser, no Node) and is loaded only by that view.
mkdirSync('dist/webviews', { recursive: true });
copyFileSync('src/webviews/corpusView/corpusView.css', 'dist/webviews/corpusView.css');

const builds = [
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: ['src/webviews/corpusView/main.ts'],
    outfile: 'dist/webviews/corpusView.js',
  },
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  webExtensionBuild(common),
  // The extension's suggestion worker (src/editor/suggestions/workerSuggestionRunner.ts): no vscode in a worker thread.
  { ...common, entryPoints: ['src/editor/suggestions/suggestionWorker.ts'], outfile: 'dist/suggestionWorker.js' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The integration suite runs inside the extension host; it is bundled so that it needs no
  // TypeScript loader there. One file per suite: index.js loads every *.test.js beside it.
  {
    ...common,
    entryPoints: [
      'test/integration/index.ts',
      ...readdirSync('test/integration')
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => `test/integration/${name}`),
    ],
    outdir: 'dist/test/integration',
    external: ['vscode', 'mocha'],
  },
  // The web worker suite: one file with mocha's browser build, as the web worker loads it.
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    entryPoints: ['test/web/index.ts'],
    outfile: 'dist/test/web/index.js',
    external: ['vscode'],
    plugins: [refuseNodeBuiltins],
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
