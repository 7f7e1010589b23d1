/**
 * How git runs the bundled CLI as the merge driver, in a way that survives updates.
 *
 * The driver must run wherever git runs it: in VS Code's terminal, in another terminal, in a
 * GUI client, on a machine where Node is not installed (most annotators have no Node). The
 * one JavaScript runtime certain to be there is the one running the extension host:
 * `process.execPath`. In code-server, VS Code Server and remote hosts that is a plain Node
 * binary; in desktop VS Code it is the Electron executable, which behaves as Node only with
 * `ELECTRON_RUN_AS_NODE=1` (VS Code's own git extension runs its askpass helper that way).
 *
 * Both paths change on updates: the CLI lives in the extension's versioned folder
 * (`…/marginalia.marginalia-0.1.0/dist/cli.js`, removed when 0.1.1 is installed) and VS Code
 * Server's runtime in a folder named after its commit. So git does not point at them: it runs
 * a small launcher script kept in the extension's global storage, which the extension rewrites
 * with the current paths every time it starts. Git runs drivers through `sh` (git for Windows
 * ships one), so the launcher is a shell script, run as `sh LAUNCHER`, needing no exec bit.
 */
import { MERGE_DRIVER_NAME, mergeDriverConfig, shellQuote, type GitConfigEntry } from '../merge/setup';

/** The runtime of the extension host, as `process` describes it. */
export interface HostRuntime {
  /** `process.execPath`. */
  readonly execPath: string;
  /** `process.versions.electron`: set when the host is Electron (desktop VS Code). */
  readonly electron?: string;
}

/** What the launcher runs. */
export interface LauncherTarget {
  /** The bundled CLI of the version installed now. */
  readonly cliPath: string;
  readonly host: HostRuntime;
  /**
   * Where other installed versions of the extension would be, as a shell glob of their CLIs
   * (`…/extensions/marginalia.marginalia-*\/dist/cli.js`): after an update and before the new
   * version first starts, the launcher still names the old folder, which may be gone.
   */
  readonly otherVersions?: string;
}

/** The launcher script (POSIX `sh`): runs the CLI with the host's runtime, passing its arguments. */
export function launcherScript(target: LauncherTarget): string {
  const lines = [
    '#!/bin/sh',
    '# The Marginalia command-line tool as installed now. The Marginalia extension rewrites this',
    '# file each time it starts, so that the git merge driver, which runs it, survives updates.',
    `cli=${shellQuote(target.cliPath)}`,
    `runtime=${shellQuote(target.host.execPath)}`,
  ];
  if (target.otherVersions !== undefined) {
    lines.push(
      'if [ ! -f "$cli" ]; then',
      '  # Updated, and the new version has not started yet: the CLI of a version installed now.',
      `  for candidate in ${globQuote(target.otherVersions)}; do`,
      '    if [ -f "$candidate" ]; then cli=$candidate; fi',
      '  done',
      'fi',
    );
  }
  lines.push(
    'if [ ! -f "$cli" ]; then',
    '  echo "marginalia: the Marginalia extension is no longer installed at $cli. Start VS Code with Marginalia once (it repairs this), or run Marginalia: Set Up Git Merge Driver." >&2',
    '  exit 2',
    'fi',
    '# The editor that wrote this was updated and its runtime moved: use Node from PATH.',
    'if [ ! -x "$runtime" ]; then runtime=node; fi',
  );
  if (target.host.electron !== undefined) lines.push('ELECTRON_RUN_AS_NODE=1', 'export ELECTRON_RUN_AS_NODE');
  lines.push('exec "$runtime" "$cli" "$@"', '');
  return lines.join('\n');
}

/** The `git config` entries of a driver that runs the launcher at `launcherPath`. */
export function mergeDriverEntries(launcherPath: string): GitConfigEntry[] {
  return mergeDriverConfig(launcherPath, 'sh');
}

/** The key of the driver's command in `git config`. */
export const DRIVER_CONFIG_KEY = `merge.${MERGE_DRIVER_NAME}.driver`;

/**
 * Why a configured driver command will fail, or undefined when it looks runnable: the absolute
 * paths it names that do not exist (a runtime or CLI of a version that was updated away).
 * `exists` answers for a path; a command of the user's own (`marginalia merge-driver …` from
 * PATH) names no absolute path and is left alone.
 */
export function missingDriverPaths(command: string, exists: (path: string) => boolean): string[] {
  return shellWords(command).filter((word) => isAbsolutePath(word) && !exists(word));
}

/** The words of a shell command line, quotes removed (enough for what `mergeDriverConfig` writes and hand-written variants). */
export function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      const stop = end === -1 ? command.length : end;
      word = (word ?? '') + command.slice(i + 1, stop);
      i = stop;
    } else if (c === '"') {
      let text = '';
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        if (command[j] === '\\' && j + 1 < command.length && '"\\$`'.includes(command[j + 1]!)) j++;
        text += command[j];
      }
      word = (word ?? '') + text;
      i = j;
    } else if (c === '\\' && i + 1 < command.length) {
      word = (word ?? '') + command[++i];
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

function isAbsolutePath(word: string): boolean {
  return word.startsWith('/') || /^[A-Za-z]:[\\/]/.test(word);
}

/** Quotes a glob for `sh` but leaves its `*` free to expand. */
function globQuote(glob: string): string {
  return glob.split('*').map((part) => (part === '' ? '' : shellQuote(part))).join('*');
}
