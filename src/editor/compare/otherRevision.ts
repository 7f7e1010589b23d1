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

export async function readOtherSidecar(document: vscode.TextDocument, revision: string): Promise<OtherSidecar> {
  const { gitPath, root } = await gitFor(document);
  if (revision.startsWith('-') || (await tryGit(gitPath, root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])) === undefined) {
    throw new CompareError(vscode.l10n.t('“{0}” is not a branch or revision of this repository.', revision));
  }
  const relative = path.relative(root, document.uri.fsPath).split(path.sep).join('/');
  const source = await tryGit(gitPath, root, ['show', `${revision}:${relative}.ann.yaml`]);
  if (source === undefined) return { revision, annotations: EMPTY_ANNOTATIONS, missing: true };
  const parsed = parseSidecar(source);
  const problem = parsed.problems.find(blocksWriting);
  if (problem) throw new CompareError(vscode.l10n.t('The sidecar of {0} on {1} cannot be read (line {2}).', relative, revision, problem.line));
  return { revision, annotations: parsed.annotations, missing: false };
}
