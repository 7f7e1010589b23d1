import { builtinModules } from 'node:module';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/** Node's built-in modules by their bare names ("fs", "path", "fs/promises"...). */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !name.includes('/'));
const NODE_MESSAGE = 'src/core must not use Node built-ins: let the host (src/cli, src/editor) read files and pass what it read in.';

/**
 * One file-naming convention: camelCase (`articleSession.ts`, `findNames.test.ts`). The
 * last kebab-case files (src/core/anchoring) were renamed to it.
 */
const fileNames = {
  rules: {
    'camel-case': {
      meta: { type: 'suggestion', messages: { name: "'{{name}}': file names are camelCase (e.g. articleSession.ts)" } },
      create(context) {
        const name = path.basename(context.filename);
        return {
          Program(node) {
            if (!/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*\.(ts|mjs|js)$/.test(name)) context.report({ node, messageId: 'name', data: { name } });
          },
        };
      },
    },
  },
};

const noCli = { group: ['**/cli/*', '**/cli'], message: 'src/editor must not import src/cli: move what both need to src/core.' };

/** The test hooks reach the extension through one module: `activate()` returns them. */
const testHooks = { group: ['**/testApi'], message: 'test hooks go through src/editor/testApi.ts, returned by activate() only' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.vscode-test/**', 'demo/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    plugins: { files: fileNames },
    rules: { 'files/camel-case': 'error' },
  },
  {
    // A list copied on every add is quadratic: a 1.5 MB live blog's outline took 4 s that way.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='set'] > ArrayExpression > SpreadElement > LogicalExpression > CallExpression[callee.property.name='get']",
          message: 'This copies the list on every add (quadratic): use pushTo from src/core/multiMap.ts.',
        },
      ],
    },
  },
  {
    // The editor is an adapter like the CLI: what both need lives in the core, never in src/cli.
    files: ['src/editor/**/*.ts'],
    ignores: ['src/editor/testApi.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli, testHooks] }] },
  },
  {
    files: ['src/extension.ts', 'src/editor/testApi.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCli] }] },
  },
  {
    // The core is the model and its algorithms; it must run in plain Node, in the CLI and in a
    // browser: no VS Code API and no Node built-ins. What it needs from the host (files such as
    // the towns list) is read by src/cli or src/editor and passed in, as GitLens does it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on the VS Code API: put the adapter in src/editor/.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: NODE_MESSAGE })),
          ],
          patterns: [{ group: ['node:*', ...NODE_BUILTINS.map((name) => `${name}/*`)], message: NODE_MESSAGE }],
        },
      ],
    },
  },
);
