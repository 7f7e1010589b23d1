import * as vscode from 'vscode';
import { guarded } from '../commands/context';
import { commitAnnotations, type CommitAnnotationsArgs } from './commitAnnotations';
import { MERGE_WITH_DRIVER_COMMAND, RESOLVE_CONFLICT_COMMAND, resolveRecordedConflictCommand, SIDECAR_SELECTOR, SidecarConflictQuickFixes } from './conflictQuickFixes';
import { mergeConflictedSidecarCommand } from './mergeConflictedSidecar';
import { setUpMergeDriver, type DriverLauncher, type SetUpMergeDriverArgs } from './setUpMergeDriver';

/**
 * Git in the editor: Commit Annotations, Set Up Git Merge Driver, and the Quick Fixes of
 * sidecars in conflict. Every command accepts an args object (tests, tree items) in place of
 * its pickers; the internal commands behind Quick Fixes are not in the palette.
 */
export function registerGitFeatures(launcher: DriverLauncher): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('marginalia.commitAnnotations', guarded((args?: unknown) => commitAnnotations(commitArgs(args)))),
    vscode.commands.registerCommand('marginalia.setUpMergeDriver', guarded((args?: unknown) => {
      // From the Source Control view's menu the argument is the repository's SourceControl.
      const scmRoot = sourceControlRoot(args);
      if (scmRoot) return setUpMergeDriver(launcher, { path: scmRoot.fsPath }, { interactive: true });
      return setUpMergeDriver(launcher, setUpArgs(args));
    })),
    vscode.commands.registerCommand(MERGE_WITH_DRIVER_COMMAND, guarded((sidecar: vscode.Uri) => mergeConflictedSidecarCommand(sidecar))),
    vscode.commands.registerCommand(RESOLVE_CONFLICT_COMMAND, guarded(resolveRecordedConflictCommand)),
    vscode.languages.registerCodeActionsProvider(SIDECAR_SELECTOR, new SidecarConflictQuickFixes(), SidecarConflictQuickFixes.metadata),
  ];
}

/** Args a caller gave on purpose (tests, other commands), not what a menu passes along. */
function commitArgs(args: unknown): CommitAnnotationsArgs | undefined {
  if (typeof args !== 'object' || args === null || sourceControlRoot(args)) return undefined;
  const { scope, message } = args as Record<string, unknown>;
  if (scope !== undefined && scope !== 'current' && scope !== 'all') return undefined;
  if (message !== undefined && typeof message !== 'string') return undefined;
  return { scope, message };
}

function setUpArgs(args: unknown): SetUpMergeDriverArgs | undefined {
  if (typeof args !== 'object' || args === null) return undefined;
  const { path } = args as Record<string, unknown>;
  return typeof path === 'string' ? { path } : undefined;
}

function sourceControlRoot(args: unknown): vscode.Uri | undefined {
  const root = typeof args === 'object' && args !== null ? (args as { rootUri?: unknown }).rootUri : undefined;
  return root instanceof vscode.Uri ? root : undefined;
}
