import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseSharedActors, withSharedActors } from '../../core/actors';
import { SHARED_ACTORS_FILE } from '../../core/actors/model';
import { buildArticleView } from '../../core/article/view';
import { commitMessage, splitSubject, type SidecarChange } from '../../core/git/commitMessage';
import { articlePathFor, EMPTY_ANNOTATIONS, SIDECAR_SUFFIX, type Annotations } from '../../core/model';
import { isWritable, parseSidecar } from '../../core/sidecar';
import { articleUriFor, isArticle } from '../articleFiles';
import { changedSidecars, type ChangedSidecar } from './changedSidecars';
import { gitApi, repositoryAt, type GitApi } from './gitExtension';
import { runGit, tryGit, workingTreeRoot } from './runGit';
import { requireTrust } from './workspaceTrust';

/** Arguments of `marginalia.commitAnnotations`; given, they replace the pickers and the input box. */
export interface CommitAnnotationsArgs {
  /** The sidecar of the active article, or every changed sidecar of the workspace's repositories. */
  readonly scope?: 'current' | 'all';
  /** The commit message; default: the generated one. */
  readonly message?: string;
}

/** One commit made. */
export interface AnnotationCommit {
  /** Top of the working tree. */
  readonly root: string;
  readonly commit: string;
  readonly message: string;
  /** The sidecars committed, relative to `root`. */
  readonly paths: readonly string[];
}

/** A repository and the sidecars of it to commit. */
interface Batch {
  readonly root: string;
  readonly sidecars: readonly ChangedSidecar[];
}

/**
 * "Marginalia: Commit Annotations": commits the changed sidecars (of the active article or of
 * every article) and the shared actors files they read, and nothing else, with a message that
 * says what changed. A promoted actor leaves its sidecar for `marginalia.actors.yaml`: committing
 * one without the other would lose the actor from history. What else the user
 * staged stays staged: the commit is `git commit -- <sidecars>`, run with the git extension's
 * binary because the extension's `commit()` cannot restrict paths.
 * @returns the commits made (empty: nothing to commit), undefined when the user cancelled.
 */
export async function commitAnnotations(args?: CommitAnnotationsArgs): Promise<AnnotationCommit[] | undefined> {
  requireTrust(vscode.l10n.t('Commit Annotations'));
  const api = await gitApi();
  const interactive = args === undefined;
  const scope = args?.scope ?? (await pickScope());
  if (scope === undefined) return undefined;
  const batches = scope === 'current' ? await currentBatch(api) : await allBatches(api);
  const unmerged = batches.flatMap((batch) => batch.sidecars.filter((s) => s.unmerged).map((s) => s.path));
  if (unmerged.length > 0) {
    throw new Error(vscode.l10n.t('{0} is in a merge conflict: resolve it (Quick Fix "Merge with Marginalia\'s merge driver") and finish the merge first.', unmerged.join(', ')));
  }
  const nonEmpty = batches.filter((batch) => batch.sidecars.length > 0);
  if (nonEmpty.length === 0) {
    if (interactive) void vscode.window.showInformationMessage(vscode.l10n.t('Marginalia: no annotation changes to commit.'));
    return [];
  }
  await saveOpenSidecars(nonEmpty);
  const commits: AnnotationCommit[] = [];
  for (const batch of nonEmpty) {
    const changes = await Promise.all(batch.sidecars.map((sidecar) => describeSidecar(api.git.path, batch.root, sidecar)));
    const generated = commitMessage(changes);
    const message = args?.message ?? (interactive ? await editMessage(generated) : generated);
    if (message === undefined) return commits.length > 0 ? commits : undefined;
    commits.push(await commitBatch(api, batch, message));
  }
  if (interactive) {
    const subject = commits.length === 1 ? splitSubject(commits[0]!.message).subject : vscode.l10n.t('{0} commits', commits.length);
    void vscode.window.showInformationMessage(vscode.l10n.t('Marginalia: committed {0}', subject));
  }
  return commits;
}

async function pickScope(): Promise<'current' | 'all' | undefined> {
  const article = activeArticleUri();
  const items: (vscode.QuickPickItem & { scope: 'current' | 'all' })[] = [];
  if (article) items.push({ scope: 'current', label: vscode.l10n.t('This article'), description: vscode.workspace.asRelativePath(article) });
  items.push({ scope: 'all', label: vscode.l10n.t('Every article'), description: vscode.l10n.t('all changed sidecars of the workspace') });
  if (items.length === 1) return 'all';
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Commit the annotations of') }))?.scope;
}

/** The active editor's article (also when the editor shows its sidecar). */
function activeArticleUri(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.uri.scheme !== 'file') return undefined;
  return articleUriFor(document.uri) ?? (isArticle(document) ? document.uri : undefined);
}

async function currentBatch(api: GitApi): Promise<Batch[]> {
  const article = activeArticleUri();
  if (!article) throw new Error(vscode.l10n.t('open an article (or its sidecar) to commit its annotations.'));
  const sidecar = article.fsPath + SIDECAR_SUFFIX;
  const root = await workingTreeRoot(api.git.path, path.dirname(sidecar));
  if (!root) throw new Error(vscode.l10n.t('{0} is not in a git repository.', vscode.workspace.asRelativePath(article)));
  const relative = toGitPath(path.relative(root, sidecar));
  return [{ root, sidecars: await changedSidecars(api.git.path, root, [relative, ...sharedActorsPaths(root, path.dirname(sidecar))]) }];
}

/** The shared actors files an article's sidecar reads (the CLI's rule): in its folder and above, up to the working tree's top. */
function sharedActorsPaths(root: string, folder: string): string[] {
  const paths: string[] = [];
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const relative = path.relative(root, dir);
    if (relative.startsWith('..') || path.isAbsolute(relative)) break;
    paths.push(toGitPath(path.join(relative, SHARED_ACTORS_FILE)));
    if (relative === '') break;
  }
  return paths;
}

/** Every repository of the workspace: its folders' and those the git extension knows. */
async function allBatches(api: GitApi): Promise<Batch[]> {
  const candidates = [
    ...(vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
    ...api.repositories.map((repository) => repository.rootUri.fsPath),
  ];
  const article = activeArticleUri();
  if (article) candidates.push(path.dirname(article.fsPath));
  const roots = new Set<string>();
  for (const folder of candidates) {
    const root = await workingTreeRoot(api.git.path, folder);
    if (root) roots.add(root);
  }
  if (roots.size === 0) throw new Error(vscode.l10n.t('no git repository in this workspace.'));
  return Promise.all([...roots].map(async (root) => ({ root, sidecars: await changedSidecars(api.git.path, root) })));
}

/** Unsaved edits of a sidecar open in an editor are part of what the user wants committed. */
async function saveOpenSidecars(batches: readonly Batch[]): Promise<void> {
  const paths = new Set(batches.flatMap((batch) => batch.sidecars.map((s) => path.join(batch.root, s.path))));
  const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file' && paths.has(d.uri.fsPath));
  for (const document of dirty) {
    if (!(await document.save())) throw new Error(vscode.l10n.t('could not save {0}.', vscode.workspace.asRelativePath(document.uri)));
  }
}

/** The committed and the current version of a sidecar, and the mentions each gives the article. */
async function describeSidecar(gitPath: string, root: string, sidecar: ChangedSidecar): Promise<SidecarChange> {
  if (path.posix.basename(sidecar.path) === SHARED_ACTORS_FILE) {
    return { article: sidecar.path, ...(await versionsOf(gitPath, root, sidecar, readableSharedActors)), sharedActors: true };
  }
  const articlePath = articlePathFor(sidecar.path) ?? sidecar.path;
  const { before, after } = await versionsOf(gitPath, root, sidecar, readable);
  const article = await readFile(path.join(root, articlePath));
  const mentions = (annotations: Annotations | undefined): number =>
    annotations === undefined || article === undefined ? 0 : buildArticleView(article, annotations).mentions.length;
  return { article: articlePath, before, after, mentions: article === undefined ? undefined : { before: mentions(before), after: mentions(after) } };
}

/** The committed (HEAD) and the current annotations of a file; a current version with errors is refused. */
async function versionsOf(
  gitPath: string,
  root: string,
  file: ChangedSidecar,
  read: (source: string) => Annotations | undefined,
): Promise<{ before?: Annotations; after?: Annotations }> {
  const committed = file.untracked ? undefined : await tryGit(gitPath, root, ['show', `HEAD:${file.path}`]);
  const current = file.deleted ? undefined : await readFile(path.join(root, file.path));
  const after = current === undefined ? undefined : read(current);
  if (current !== undefined && after === undefined) {
    throw new Error(vscode.l10n.t('{0} has errors (see Problems); fix it before committing it.', file.path));
  }
  return { before: committed === undefined ? undefined : read(committed), after };
}

/** A shared actors file's actors as annotations, so that its change is told as an article's: "+1 actor (Francisca Bostyn)". */
function readableSharedActors(source: string): Annotations | undefined {
  const parsed = parseSharedActors(source);
  return parsed.problems.some((problem) => problem.severity === 'error') ? undefined : withSharedActors(EMPTY_ANNOTATIONS, parsed.shared);
}

/** The annotations of a sidecar text that reads without errors (recorded merge conflicts allowed). */
function readable(source: string): Annotations | undefined {
  const parsed = parseSidecar(source);
  return isWritable(parsed.problems) ? parsed.annotations : undefined;
}

async function readFile(fsPath: string): Promise<string | undefined> {
  try {
    const text = await fs.readFile(fsPath, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The input box shows the subject (one line); the body with the details per article is kept. */
async function editMessage(generated: string): Promise<string | undefined> {
  const { subject, body } = splitSubject(generated);
  const edited = await vscode.window.showInputBox({
    title: vscode.l10n.t('Commit Annotations'),
    prompt: body ? vscode.l10n.t('Commit message (the details per article follow it)') : vscode.l10n.t('Commit message'),
    value: subject,
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('The message cannot be empty.') : undefined),
  });
  if (edited === undefined) return undefined;
  return body ? `${edited}\n${body}` : edited;
}

async function commitBatch(api: GitApi, batch: Batch, message: string): Promise<AnnotationCommit> {
  const gitPath = api.git.path;
  const paths = batch.sidecars.map((sidecar) => sidecar.path);
  const untracked = batch.sidecars.filter((sidecar) => sidecar.untracked).map((sidecar) => sidecar.path);
  // Literal pathspecs: an article named "[draft].txt" is not a pattern.
  if (untracked.length > 0) await runGit(gitPath, batch.root, ['--literal-pathspecs', 'add', '--', ...untracked]);
  await runGit(gitPath, batch.root, ['--literal-pathspecs', 'commit', '--quiet', '--cleanup=whitespace', '-m', message, '--', ...paths]);
  const commit = (await runGit(gitPath, batch.root, ['rev-parse', 'HEAD'])).stdout.trim();
  const repository = await repositoryAt(api, vscode.Uri.file(batch.root));
  await repository?.status();
  return { root: batch.root, commit, message, paths };
}

function toGitPath(relative: string): string {
  return relative.split(path.sep).join('/');
}
