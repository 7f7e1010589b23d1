import * as vscode from 'vscode';

/** Thrown by commands that run programs (git, the merge driver) in an untrusted workspace. */
export class UntrustedWorkspaceError extends Error {}

/**
 * Git runs hooks and configured programs from the repository, so in Restricted Mode Marginalia
 * shows annotations but runs nothing (package.json: `untrustedWorkspaces: limited`).
 * @throws UntrustedWorkspaceError in an untrusted workspace.
 */
export function requireTrust(what: string): void {
  if (!vscode.workspace.isTrusted) {
    throw new UntrustedWorkspaceError(vscode.l10n.t('{0} runs git, which this untrusted workspace does not allow. Trust the workspace to use it.', what));
  }
}
