import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { mergeSharedActors, SHARED_ACTORS_FILE } from '../../core/actors';
import { mergeReportLines } from '../../core/merge/mergeReport';
import { mergeSidecars, type MergeArticle } from '../../core/merge/mergeSidecars';
import { articlePathFor } from '../../core/model';
import { findConflictMarkers } from '../../core/sidecar';
import { readSidecarText, writeSidecarText } from '../articleFiles';
import { gitApi, repositoryAt } from './gitExtension';
import { runGit, tryGit, workingTreeRoot } from './runGit';
import { requireTrust } from './workspaceTrust';

/** What merging a conflicted sidecar gave. */
export interface SidecarMergeOutcome {
  /** True when every entry merged: the sidecar was then staged, as git does after a clean merge. */
  readonly clean: boolean;
  /** Whether the three versions came from git's index (else from the markers in the file). */
  readonly fromIndex: boolean;
  /** What the driver reported (conflicts recorded, versions it could not read). */
  readonly report: string;
}

/**
 * The Quick Fix for a sidecar that git left with conflict markers (the merge driver was not set
 * up when it merged): merges the three versions git keeps in its index during a conflicted
 * merge (`:1:` base, `:2:` ours, `:3:` theirs) with the merge driver's own use-case (`mergeSidecars`),
 * and writes the result over the file. Without index stages (the conflict was already marked
 * resolved), the versions are recovered from the markers, as the driver does. The shared actors
 * file (`marginalia.actors.yaml`) merges by its own rule, as the driver does it.
 */
export async function mergeConflictedSidecar(sidecar: vscode.Uri): Promise<SidecarMergeOutcome> {
  requireTrust(vscode.l10n.t("Merging with Marginalia's merge driver"));
  const api = await gitApi();
  const root = await workingTreeRoot(api.git.path, path.dirname(sidecar.fsPath));
  if (!root) throw new Error(vscode.l10n.t('{0} is not in a git repository.', vscode.workspace.asRelativePath(sidecar)));
  const relative = path.relative(root, sidecar.fsPath).split(path.sep).join('/');
  const stage = (n: number): Promise<string | undefined> => tryGit(api.git.path, root, ['show', `:${n}:${relative}`]);
  const [base, ours, theirs] = await Promise.all([stage(1), stage(2), stage(3)]);
  const fromIndex = ours !== undefined && theirs !== undefined;
  const working = await readSidecarText(sidecar);
  if (!fromIndex && (working === undefined || findConflictMarkers(working).length === 0)) {
    throw new Error(vscode.l10n.t('{0} is not in a merge conflict.', relative));
  }
  // Without stages, the file itself is every version: the driver splits its markers.
  const versions = fromIndex ? { base: base ?? '', ours: ours!, theirs: theirs! } : { base: working!, ours: working!, theirs: working! };

  const shared = path.posix.basename(relative) === SHARED_ACTORS_FILE;
  const result = shared ? mergeSharedActors(versions) : mergeSidecars(versions, await mergedArticle(root, relative));
  // Ours as it was when a version cannot be read (the driver's rule: nothing is dropped).
  await writeSidecarText(sidecar, result.text ?? versions.ours);
  const clean = result.clean && fromIndex;
  if (clean) await runGit(api.git.path, root, ['--literal-pathspecs', 'add', '--', relative]);
  await (await repositoryAt(api, vscode.Uri.file(root)))?.status();
  return { clean, fromIndex, report: mergeReportLines(relative, result, !shared).join('\n') };
}

/**
 * The working tree's article: merged once git left no conflict markers in it (the sidecar is
 * then re-anchored against it); otherwise only used to recognise passages.
 */
async function mergedArticle(root: string, sidecarPath: string): Promise<MergeArticle | undefined> {
  const articlePath = articlePathFor(sidecarPath);
  if (articlePath === undefined) return undefined;
  const file = path.join(root, articlePath);
  try {
    const text = await fs.readFile(file, 'utf8');
    return { text, merged: findConflictMarkers(text).length === 0 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The command behind the Quick Fix: runs the merge and tells the user what it gave. */
export async function mergeConflictedSidecarCommand(sidecar: vscode.Uri): Promise<SidecarMergeOutcome> {
  const outcome = await mergeConflictedSidecar(sidecar);
  const name = path.basename(sidecar.fsPath);
  if (outcome.clean) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Marginalia: {0} merged entry by entry and staged.', name));
  } else {
    void vscode.window.showWarningMessage(vscode.l10n.t('Marginalia: {0} merged entry by entry; review what is left (see Problems), then stage it.', name), { detail: outcome.report });
  }
  return outcome;
}
