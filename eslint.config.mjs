import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Node's built-in modules by their bare names ("fs", "path", "fs/promises"...). */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !name.includes('/'));
const NODE_MESSAGE = 'src/core must not use Node built-ins: let the host (src/cli, src/editor) read files and pass what it read in.';

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
