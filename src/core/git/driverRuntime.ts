/**
 * Which program runs the bundled CLI when git calls the merge driver.
 *
 * The driver must run wherever git runs it: in VS Code's terminal, in another terminal, in a
 * GUI client, on a machine where Node is not installed (most annotators have no Node). The
 * one JavaScript runtime certain to be there is the one running the extension host:
 * `process.execPath`. In code-server, VS Code Server and remote hosts that is a plain Node
 * binary; in desktop VS Code it is the Electron executable, which behaves as Node only with
 * `ELECTRON_RUN_AS_NODE=1` (VS Code's own git extension runs its askpass helper that way).
 * Git runs drivers through `sh` (git for Windows ships one), so an environment assignment in
 * front of the command works on every platform.
 */
import { mergeDriverConfig, type GitConfigEntry } from '../merge/setup';

/** The runtime of the extension host, as `process` describes it. */
export interface HostRuntime {
  /** `process.execPath`. */
  readonly execPath: string;
  /** `process.versions.electron`: set when the host is Electron (desktop VS Code). */
  readonly electron?: string;
}

/** The `git config` entries for the CLI at `cliPath`, run by the extension host's own runtime. */
export function mergeDriverEntries(cliPath: string, host: HostRuntime): GitConfigEntry[] {
  return mergeDriverConfig(cliPath, host.execPath).map((entry) =>
    entry.key.endsWith('.driver') && host.electron !== undefined
      ? { key: entry.key, value: `ELECTRON_RUN_AS_NODE=1 ${entry.value}` }
      : entry,
  );
}
