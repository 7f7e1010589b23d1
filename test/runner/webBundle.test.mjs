// Tests of the web worker bundle's build (esbuild.mjs, scripts/lib/web-bundle.mjs): the web
// worker has no Node, so a Node built-in reachable from src/extensionWeb.ts must fail the
// build, and the shipped bundle stays small (the towns list is read from dist/, not bundled).
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { WEB_BUNDLE_LIMIT, webExtensionBuild } from '../../scripts/lib/web-bundle.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The web bundle as `npm run package` ships it (minified), in memory. */
async function buildWeb(entry) {
  const options = { ...webExtensionBuild({ bundle: true, minify: true, logLevel: 'silent' }), absWorkingDir: repoRoot, write: false };
  if (entry !== undefined) {
    delete options.entryPoints;
    options.stdin = { contents: entry, resolveDir: path.join(repoRoot, 'src'), loader: 'ts', sourcefile: 'sneaky.ts' };
  }
  return esbuild.build(options);
}

describe('the web worker bundle', () => {
  test('needs nothing but vscode, and no Node global', async () => {
    const text = (await buildWeb()).outputFiles[0].text;
    assert.deepEqual([...new Set(text.match(/\brequire\(["'][^"']+["']\)/g))], ['require("vscode")']);
    assert.doesNotMatch(text, /__dirname|__filename|\bprocess\.(env|platform|cwd|argv|versions?|execPath)\b/);
  });

  test(`stays under ${WEB_BUNDLE_LIMIT / 1024} KB minified`, async () => {
    const size = (await buildWeb()).outputFiles[0].contents.length;
    assert.ok(size <= WEB_BUNDLE_LIMIT, `the web bundle is ${(size / 1024).toFixed(0)} KB, over ${WEB_BUNDLE_LIMIT / 1024} KB`);
  });

  for (const builtin of ['node:fs/promises', 'path', 'child_process']) {
    test(`fails the build when "${builtin}" sneaks in beside the web entry`, async () => {
      const entry = `import { activate } from './extensionWeb';\nimport * as sneaky from '${builtin}';\nexport { activate, sneaky };\n`;
      await assert.rejects(buildWeb(entry), (error) => {
        assert.match(error.message, new RegExp(`"${builtin}" is a Node built-in, imported by .*sneaky\\.ts: the web worker extension host has no Node`));
        return true;
      });
    });
  }
});
