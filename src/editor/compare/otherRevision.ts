import * as path from 'node:path';
import * as vscode from 'vscode';
import { EMPTY_ANNOTATIONS, type Annotations } from '../../core/model';
import { blocksWriting, parseSidecar } from '../../core/sidecar';
import { gitApi } from '../git/gitExtension';
import { runGit, tryGit, workingTreeRoot } from '../git/runGit';

/** The other branch's sidecar of an article, read with `git show REV:path`. */
export interface OtherSidecar {
  readonly revision: string;
  readonly annotations: Annotations;
  /** The other branch has no sidecar for the article. */
  readonly missing: boolean;
}

export class CompareError extends Error {}

/** Git, and the top of the working tree holding `document`. */
export async function gitFor(document: vscode.TextDocument): Promise<{ gitPath: string; root: string }> {
  if (document.uri.scheme !== 'file') throw new CompareError(vscode.l10n.t('Only articles saved in a git repository can be compared with a branch.'));
  const gitPath = (await gitApi()).git.path;
  const root = await workingTreeRoot(gitPath, path.dirname(document.uri.fsPath));
  if (!root) throw new CompareError(vscode.l10n.t('{0} is not in a git repository.', vscode.workspace.asRelativePath(document.uri)));
  return { gitPath, root };
}

/** The branches and tags to offer, current branch left out. */
export async function revisionsToOffer(gitPath: string, root: string): Promise<string[]> {
  const current = (await tryGit(gitPath, root, ['rev-parse', '--abbrev-ref', 'HEAD']))?.trim();
  const refs = (await runGit(gitPath, root, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags'])).stdout;
  return refs.split('\n').map((ref) => ref.trim()).filter((ref) => ref !== '' && ref !== current && !ref.endsWith('/HEAD'));
}

/**
 * Reads the other revision's sidecar of `document`: one `git show REV:./NAME.ann.yaml` run in the
 * article's folder (git resolves `./` from there), so opening a comparison costs one git process;
 * only when it fails is git asked whether the revision exists at all.
 */
export async function readOtherSidecar(document: vscode.TextDocument, revision: string): Promise<OtherSidecar> {
  if (document.uri.scheme !== 'file') throw new CompareError(vscode.l10n.t('Only articles saved in a git repository can be compared with a branch.'));
  if (revision.startsWith('-')) throw new CompareError(vscode.l10n.t('“{0}” is not a branch or revision of this repository.', revision));
  const gitPath = (await gitApi()).git.path;
  const folder = path.dirname(document.uri.fsPath);
  const name = `${path.basename(document.uri.fsPath)}.ann.yaml`;
  const source = await tryGit(gitPath, folder, ['show', `${revision}:./${name}`]);
  if (source === undefined) {
    if (!(await workingTreeRoot(gitPath, folder))) throw new CompareError(vscode.l10n.t('{0} is not in a git repository.', vscode.workspace.asRelativePath(document.uri)));
    if ((await tryGit(gitPath, folder, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])) === undefined) {
      throw new CompareError(vscode.l10n.t('“{0}” is not a branch or revision of this repository.', revision));
    }
    return { revision, annotations: EMPTY_ANNOTATIONS, missing: true };
  }
  const parsed = parseSidecar(source);
  const problem = parsed.problems.find(blocksWriting);
  if (problem) throw new CompareError(vscode.l10n.t('The sidecar of {0} on {1} cannot be read (line {2}).', vscode.workspace.asRelativePath(document.uri), revision, problem.line));
  return { revision, annotations: parsed.annotations, missing: false };
}
