import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DRIVER_CONFIG_KEY, mergeDriverEntries, missingDriverPaths } from '../../core/git/driverRuntime';
import { withMergeDriverAttribute } from '../../core/git/gitAttributes';
import type { GitConfigEntry } from '../../core/merge/setup';
import { describeError, log } from '../log';
import { installLauncher } from './driverLauncher';
import { gitApi, repositoryAt } from './gitExtension';
import { runGit, tryGit, workingTreeRoot } from './runGit';
import { requireTrust } from './workspaceTrust';

/** Arguments of `marginalia.setUpMergeDriver`: a file or folder of the repository (default: the active file's, or a pick). */
export interface SetUpMergeDriverArgs {
  readonly path?: string;
}

/** What the setup did. */
export interface MergeDriverSetup {
  readonly root: string;
  /** Whether `.gitattributes` was changed (false: it already had the line). */
  readonly attributesChanged: boolean;
  readonly config: readonly GitConfigEntry[];
}

/**
 * "Marginalia: Set Up Git Merge Driver": sends sidecars through `marginalia merge-driver` in
 * the repository: the `.gitattributes` line (appended once; to be committed, so that every
 * clone asks for the driver) and the driver's `git config` entries (local to this clone),
 * running the launcher in the extension's global storage, which runs the CLI bundled in the
 * extension with the extension host's runtime (see `driverRuntime.ts` for why not `node` from
 * PATH, and why a launcher).
 */
export async function setUpMergeDriver(
  launcher: DriverLauncher,
  args?: SetUpMergeDriverArgs,
  options: { interactive: boolean } = { interactive: args === undefined },
): Promise<MergeDriverSetup | undefined> {
  requireTrust(vscode.l10n.t('Set Up Git Merge Driver'));
  const api = await gitApi();
  const root = await chooseRoot(api.git.path, args?.path);
  if (root === undefined) return undefined;
  const cliPath = path.join(launcher.extensionPath, 'dist', 'cli.js');
  if (!existsSync(cliPath)) throw new Error(vscode.l10n.t('the bundled command-line tool is missing ({0}); reinstall Marginalia.', cliPath));
  const launcherPath = await launcher.path();

  const attributesPath = path.join(root, '.gitattributes');
  const updated = withMergeDriverAttribute(await readIfExists(attributesPath));
  if (updated !== undefined) await fs.writeFile(attributesPath, updated);
  const config = mergeDriverEntries(launcherPath);
  for (const entry of config) await runGit(api.git.path, root, ['config', '--local', entry.key, entry.value]);
  log().info(`merge driver set up in ${root}: ${config.map((e) => `${e.key}=${e.value}`).join(', ')}`);
  await (await repositoryAt(api, vscode.Uri.file(root)))?.status();

  if (options.interactive) {
    const note = updated !== undefined
      ? vscode.l10n.t('Commit .gitattributes so that every clone uses it; each clone runs this command once.')
      : vscode.l10n.t('.gitattributes already had the line.');
    void vscode.window.showInformationMessage(vscode.l10n.t('Marginalia: sidecars in {0} now merge entry by entry. {1}', path.basename(root), note));
  }
  return { root, attributesChanged: updated !== undefined, config };
}

/** The repository: the one of `hint`, else of the active file, else the workspace's (picked when several). */
async function chooseRoot(gitPath: string, hint: string | undefined): Promise<string | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const start = hint ?? (active?.scheme === 'file' ? active.fsPath : undefined);
  if (start !== undefined) {
    const folder = existsSync(start) && (await fs.stat(start)).isDirectory() ? start : path.dirname(start);
    const root = await workingTreeRoot(gitPath, folder);
    if (root) return root;
    if (hint !== undefined) throw new Error(vscode.l10n.t('{0} is not in a git repository.', hint));
  }
  const roots = new Set<string>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    const root = await workingTreeRoot(gitPath, folder.uri.fsPath);
    if (root) roots.add(root);
  }
  if (roots.size === 0) throw new Error(vscode.l10n.t('no git repository in this workspace.'));
  if (roots.size === 1) return [...roots][0];
  return vscode.window.showQuickPick([...roots], { title: vscode.l10n.t('Set up the merge driver in') });
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The merge driver's launcher of this installation (written once per activation). */
export class DriverLauncher {
  private written: Promise<string> | undefined;

  constructor(
    private readonly storageDir: string,
    readonly extensionPath: string,
  ) {}

  /** The launcher's path, (re)written with this version's CLI and runtime on first use. */
  path(): Promise<string> {
    this.written ??= installLauncher(this.storageDir, this.extensionPath, { execPath: process.execPath, electron: process.versions.electron });
    return this.written;
  }
}

/**
 * On activation: rewrites the launcher (so every repository already set up now runs this
 * version), then repairs the driver of the workspace's repositories when it names a runtime or
 * CLI that is gone (a setup made by an older version, before the launcher). A driver that
 * cannot be repaired is reported with a button to set it up again.
 */
export async function refreshMergeDriver(launcher: DriverLauncher): Promise<void> {
  const launcherPath = await launcher.path();
  log().info(`merge driver launcher: ${launcherPath}`);
  if (!vscode.workspace.isTrusted) return;
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  if (folders.length === 0) return;
  const gitPath = (await gitApi()).git.path;
  const roots = new Set<string>();
  for (const folder of folders) {
    const root = await workingTreeRoot(gitPath, folder.uri.fsPath);
    if (root) roots.add(root);
  }
  for (const root of roots) await repairDriver(gitPath, root, launcherPath);
}

async function repairDriver(gitPath: string, root: string, launcherPath: string): Promise<void> {
  const configured = (await tryGit(gitPath, root, ['config', '--local', '--get', DRIVER_CONFIG_KEY]))?.trim();
  if (!configured) return;
  const missing = missingDriverPaths(configured, existsSync);
  if (missing.length === 0) return;
  log().warn(`the merge driver of ${root} names ${missing.join(', ')}, which no longer exist(s): repairing it`);
  try {
    for (const entry of mergeDriverEntries(launcherPath)) await runGit(gitPath, root, ['config', '--local', entry.key, entry.value]);
    log().info(`merge driver of ${root} now runs ${launcherPath}`);
  } catch (error) {
    log().error(`could not repair the merge driver of ${root}: ${describeError(error)}`);
    const setUp = vscode.l10n.t('Set Up Git Merge Driver');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Marginalia: the git merge driver of {0} runs {1}, which no longer exists, and could not be repaired ({2}). Sidecars will not merge entry by entry until it is set up again.', path.basename(root), missing[0]!, describeError(error)),
      setUp,
    );
    if (choice === setUp) await vscode.commands.executeCommand('marginalia.setUpMergeDriver', { path: root });
  }
}
