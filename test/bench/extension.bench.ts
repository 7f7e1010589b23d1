/**
 * The extension's footprint: the size of the production bundle (`dist/extension.js` as
 * `node esbuild.mjs --production` makes it, built in memory here so that dist/ is left alone),
 * target ≤ 500 KB, and its activation time inside the real VS Code host, which the integration
 * suite (test/integration/activation.test.ts) writes to test-results/activation.json. The town
 * names the entity suggester reads on first use (dist/towns.txt, shipped beside the bundle) are
 * reported apart: they are not loaded at activation.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './corpus';
import type { WorkloadResult } from './harness';

const SIZE_TARGET = 500 * 1024;

export default async function run(): Promise<WorkloadResult> {
  const bundle = await build({
    absWorkingDir: REPO_ROOT, entryPoints: ['src/extension.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    minify: true, sourcemap: false, external: ['vscode'], write: false, logLevel: 'silent',
  });
  const size = bundle.outputFiles[0].contents.length;
  const activationFile = join(REPO_ROOT, 'test-results', 'activation.json');
  const activation = existsSync(activationFile)
    ? { ...(JSON.parse(readFileSync(activationFile, 'utf8')) as { activationMs: number }), measuredAt: statSync(activationFile).mtime.toISOString() }
    : undefined;
  const townsBytes = statSync(join(REPO_ROOT, 'src', 'core', 'suggestions', 'generated', 'towns.txt')).size;
  console.log(`dist/extension.js (production, minified): ${(size / 1024).toFixed(1)} KiB; dist/towns.txt, read on first suggestion: ${(townsBytes / 1024).toFixed(1)} KiB`);
  console.log(activation
    ? `activation in the VS Code host: ${activation.activationMs.toFixed(1)} ms (from ${activationFile}, ${activation.measuredAt})`
    : `activation: no ${activationFile} (run the integration suite: node esbuild.mjs && npm run test:integration)`);
  return {
    id: '8 extension',
    title: 'production bundle size and activation time',
    input: { entry: 'src/extension.ts' },
    sides: activation ? [{ name: 'activate() in the VS Code host (wall, from the integration run)', medianMs: activation.activationMs }] : [],
    targets: [{ target: 'dist/extension.js ≤ 500 KB', value: `${(size / 1024).toFixed(1)} KiB`, met: size <= SIZE_TARGET }],
    details: { bundleBytes: size, townsBytes, activation },
  };
}
