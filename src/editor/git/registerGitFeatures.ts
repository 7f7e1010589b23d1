import * as vscode from 'vscode';
import { guarded } from '../commands/context';
import { commitAnnotations, type CommitAnnotationsArgs } from './commitAnnotations';
import { MERGE_WITH_DRIVER_COMMAND, RESOLVE_CONFLICT_COMMAND, resolveRecordedConflictCommand, SIDECAR_SELECTOR, SidecarConflictQuickFixes } from './conflictQuickFixes';
import { mergeConflictedSidecarCommand } from './mergeConflictedSidecar';
import { setUpMergeDriver, type SetUpMergeDriverArgs } from './setUpMergeDriver';

/**
 * Git in the editor: Commit Annotations, Set Up Git Merge Driver, and the Quick Fixes of
 * sidecars in conflict. Every command accepts an args object (tests, tree items) in place of
 * its pickers; the internal commands behind Quick Fixes are not in the palette.
 */
export function registerGitFeatures(extensionPath: string): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('marginalia.commitAnnotations', guarded((args?: CommitAnnotationsArgs) => commitAnnotations(args))),
    vscode.commands.registerCommand('marginalia.setUpMergeDriver', guarded((args?: SetUpMergeDriverArgs) => setUpMergeDriver(extensionPath, args))),
    vscode.commands.registerCommand(MERGE_WITH_DRIVER_COMMAND, guarded((sidecar: vscode.Uri) => mergeConflictedSidecarCommand(sidecar))),
    vscode.commands.registerCommand(RESOLVE_CONFLICT_COMMAND, guarded(resolveRecordedConflictCommand)),
    vscode.languages.registerCodeActionsProvider(SIDECAR_SELECTOR, new SidecarConflictQuickFixes(), SidecarConflictQuickFixes.metadata),
  ];
}
