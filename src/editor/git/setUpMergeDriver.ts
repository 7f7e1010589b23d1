import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { mergeDriverEntries } from '../../core/git/driverRuntime';
import { withMergeDriverAttribute } from '../../core/git/gitAttributes';
import type { GitConfigEntry } from '../../core/merge/setup';
import { gitApi, repositoryAt } from './gitExtension';
import { runGit, workingTreeRoot } from './runGit';
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
 * pointing at the CLI bundled in the extension and run by the extension host's runtime (see
 * `driverRuntime.ts` for why not `node` from PATH).
 */
export async function setUpMergeDriver(
  extensionPath: string,
  args?: SetUpMergeDriverArgs,
  options: { interactive: boolean } = { interactive: args === undefined },
): Promise<MergeDriverSetup | undefined> {
  requireTrust(vscode.l10n.t('Set Up Git Merge Driver'));
  const api = await gitApi();
  const root = await chooseRoot(api.git.path, args?.path);
  if (root === undefined) return undefined;
  const cliPath = path.join(extensionPath, 'dist', 'cli.js');
  if (!existsSync(cliPath)) throw new Error(vscode.l10n.t('the bundled command-line tool is missing ({0}); reinstall Marginalia.', cliPath));

  const attributesPath = path.join(root, '.gitattributes');
  const updated = withMergeDriverAttribute(await readIfExists(attributesPath));
  if (updated !== undefined) await fs.writeFile(attributesPath, updated);
  const config = mergeDriverEntries(cliPath, { execPath: process.execPath, electron: process.versions.electron });
  for (const entry of config) await runGit(api.git.path, root, ['config', '--local', entry.key, entry.value]);
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
