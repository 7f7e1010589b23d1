/**
 * Writes the merge driver's launcher (see `core/git/driverRuntime.ts`) into the extension's
 * global storage. Plain Node, no `vscode`: the update test runs it in plain Node, as two
 * versions of the extension would one after the other.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { launcherScript, type HostRuntime } from '../../core/git/driverRuntime';

/** The launcher's file name in the global storage folder. */
export const LAUNCHER_NAME = 'marginalia-cli.sh';

/**
 * (Re)writes the launcher so that it runs this version's CLI with this host's runtime, and
 * returns its path. Written beside and renamed over the old one, so a merge that git starts
 * meanwhile reads either the old script or the new one, never half of one.
 */
export async function installLauncher(storageDir: string, extensionPath: string, host: HostRuntime): Promise<string> {
  await fs.mkdir(storageDir, { recursive: true });
  const launcher = path.join(storageDir, LAUNCHER_NAME);
  const script = launcherScript({ cliPath: path.join(extensionPath, 'dist', 'cli.js'), host, otherVersions: otherVersionsGlob(extensionPath) });
  const current = await fs.readFile(launcher, 'utf8').catch(() => undefined);
  if (current === script) return launcher;
  const temporary = `${launcher}.${process.pid}.tmp`;
  await fs.writeFile(temporary, script, { mode: 0o755 });
  await fs.rename(temporary, launcher);
  return launcher;
}

/**
 * The CLIs of the other installed versions, when the extension sits in a versioned folder as
 * VS Code installs it (`publisher.name-1.2.3`); undefined for a development checkout.
 */
export function otherVersionsGlob(extensionPath: string): string | undefined {
  const folder = path.basename(extensionPath);
  const versioned = /^(.+?\.[^.]+)-\d+\.\d+\.\d+(?:[-+].*)?$/.exec(folder);
  return versioned ? path.join(path.dirname(extensionPath), `${versioned[1]}-*`, 'dist', 'cli.js') : undefined;
}
