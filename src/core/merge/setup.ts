/**
 * The git configuration that installs `marginalia merge-driver` for a repository: used by the
 * editor's "Set Up Git Merge Driver" command and quoted in the README.
 */

/** The merge driver's name in `.gitattributes` and `git config`. */
export const MERGE_DRIVER_NAME = 'marginalia';

/** The `.gitattributes` line that sends every sidecar through the driver. */
export function gitAttributesLine(): string {
  return `*.ann.yaml merge=${MERGE_DRIVER_NAME}`;
}

/** The patterns the driver merges: sidecars, and the workspace's shared actors file. */
export const MERGE_DRIVER_PATTERNS = ['*.ann.yaml', 'marginalia.actors.yaml'] as const;

export interface GitConfigEntry {
  readonly key: string;
  readonly value: string;
}

/**
 * The `git config` entries declaring the driver, for a CLI at `cliPath` (the bundled
 * `dist/cli.js`, run with `node`). Git runs the driver through the shell, so the paths are
 * quoted for it; `runtime` is the program that runs the CLI (default `node`).
 */
export function mergeDriverConfig(cliPath: string, runtime = 'node'): GitConfigEntry[] {
  return [
    { key: `merge.${MERGE_DRIVER_NAME}.name`, value: 'Marginalia annotations (merged per entry)' },
    { key: `merge.${MERGE_DRIVER_NAME}.driver`, value: `${shellQuote(runtime)} ${shellQuote(cliPath)} merge-driver %O %A %B %P` },
  ];
}

/** Quotes a word for a POSIX shell, only when it needs it (so the usual config stays readable). */
export function shellQuote(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
