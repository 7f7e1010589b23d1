import * as vscode from 'vscode';

/**
 * The part of the built-in git extension's API (`vscode.git`, API version 1) Marginalia uses.
 * Looked up at run time, never declared as a dependency: annotating works without git.
 */
export interface GitApi {
  readonly git: { readonly path: string };
  readonly repositories: readonly GitRepository[];
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  /** Refreshes the repository's state (and the Source Control view). */
  status(): Promise<void>;
}

interface GitExtensionExports {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** Why git features are unavailable, said to the user. */
export class GitUnavailableError extends Error {}

/**
 * The git extension's API, activating the extension if need be.
 * @throws GitUnavailableError when the extension is missing or disabled (`git.enabled: false`).
 */
export async function gitApi(): Promise<GitApi> {
  const extension = vscode.extensions.getExtension<GitExtensionExports>('vscode.git');
  if (!extension) {
    throw new GitUnavailableError(vscode.l10n.t('the built-in Git extension is not available in this editor, so Marginalia cannot run git.'));
  }
  const exports = extension.isActive ? extension.exports : await extension.activate();
  if (!exports.enabled) {
    throw new GitUnavailableError(vscode.l10n.t('Git is disabled (setting "git.enabled"); enable it to commit annotations or set up the merge driver.'));
  }
  return exports.getAPI(1);
}

/**
 * The git extension's repository at `root` (the top of a working tree), opening it when the
 * extension has not discovered it yet (a repository nested in a workspace folder, or created
 * after the folder was opened). Undefined when the API cannot open it: callers still run git
 * themselves and only lose the refresh of the Source Control view.
 */
export async function repositoryAt(api: GitApi, root: vscode.Uri): Promise<GitRepository | undefined> {
  const known = api.repositories.find((repository) => repository.rootUri.fsPath === root.fsPath);
  if (known) return known;
  return (await api.openRepository?.(root)) ?? undefined;
}
