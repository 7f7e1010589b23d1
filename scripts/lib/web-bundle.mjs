// The web worker extension host's bundle (package.json "browser"): what esbuild.mjs builds and
// test/runner/webBundle.test.mjs checks. The web worker has no Node: a Node built-in imported
// anywhere under src/extensionWeb.ts fails the build, with the chain that brought it in.
import { builtinModules } from 'node:module';

/** Largest web bundle accepted (bytes): the towns list is read from dist/ on first use, not bundled. */
export const WEB_BUNDLE_LIMIT = 500 * 1024;

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** An esbuild plugin that refuses Node built-ins (`fs`, `node:path`, `fs/promises`…). */
export const refuseNodeBuiltins = {
  name: 'refuse-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path)) return undefined;
      return {
        errors: [{ text: `"${args.path}" is a Node built-in, imported by ${args.importer}: the web worker extension host has no Node (read files through vscode.workspace.fs; keep Node-only features in src/extension.ts)` }],
      };
    });
  },
};

/**
 * esbuild options of the web bundle.
 * @param {import('esbuild').BuildOptions} common the options every bundle shares
 * @returns {import('esbuild').BuildOptions}
 */
export function webExtensionBuild(common) {
  return {
    ...common,
    entryPoints: ['src/extensionWeb.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    target: 'es2022',
    // VS Code loads a web extension as CommonJS with `require('vscode')` as its only import.
    format: 'cjs',
    external: ['vscode'],
    plugins: [refuseNodeBuiltins],
  };
}
