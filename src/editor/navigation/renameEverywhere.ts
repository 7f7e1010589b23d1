import * as vscode from 'vscode';
import { renameSharedActor, SHARED_ACTORS_FILE } from '../../core/actors';
import type { Actor, Annotations } from '../../core/model';
import * as ops from '../../core/operations';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleSession } from '../articleSession';
import type { WorkspaceIndex } from '../workspaceIndex';
import { showWarning } from '../warnings';
import { renameInOtherArticles } from './renameAcrossArticles';

/**
 * Renames `actor` to `name` in this article (through its session: Marginalia: Undo reverts it)
 * and in every other annotated article whose sidecar has the same id, for F2 and for the
 * Rename Actor command alike. Returns the edit of the sidecars of articles that are not open,
 * for VS Code to apply; sidecars with errors are named in a warning, never written. With
 * `changeId`, the new id is chosen once, so that every article gets the same one. The old name
 * stays an alias: the articles still say it.
 *
 * A shared actor is renamed in `marginalia.actors.yaml` alone: every article reads it from
 * there, and writing the new name into each sidecar would override the shared file in
 * thousands of them. Its id is the workspace's: changing it is refused here.
 */
export async function renameActorEverywhere(
  registry: ArticleRegistry,
  index: WorkspaceIndex,
  session: ArticleSession,
  actor: Actor,
  name: string,
  changeId: boolean,
): Promise<vscode.WorkspaceEdit> {
  const shared = index.shared;
  if (shared?.current.actors.some((candidate) => candidate.id === actor.id)) {
    if (changeId) throw new Error(vscode.l10n.t('{0} is a shared actor: change its id in {1} and in the sidecars that use it.', actor.name, SHARED_ACTORS_FILE));
    await shared.update((actors) => renameSharedActor(actors, actor.id, name));
    return new vscode.WorkspaceEdit();
  }
  const id = changeId ? idAfterRename(session.view.annotations, actor.id, name) : undefined;
  const rename = (annotations: Annotations) => ops.renameActor(annotations, actor.id, name, { keepOldNameAsAlias: true, ...(id !== undefined ? { id } : {}) });
  const label = vscode.l10n.t('rename {0}', actor.name);
  await session.update(label, rename);
  const elsewhere = await renameInOtherArticles(registry, index, session.document.uri, actor.id, label, rename);
  if (elsewhere.skipped.length > 0) {
    const list = elsewhere.skipped.map(({ sidecar, reason }) => `${vscode.workspace.asRelativePath(sidecar)} (${reason})`).join('; ');
    showWarning(vscode.l10n.t('{0} was renamed, but not in {1}. Fix these sidecars, then rename again.', name, list));
  }
  return elsewhere.edit;
}

/** The id `renameActor` gives the actor when asked to change it to match the new name. */
function idAfterRename(annotations: Annotations, id: string, name: string): string {
  const index = annotations.actors.findIndex((actor) => actor.id === id);
  return ops.renameActor(annotations, id, name, { id: true }).actors[index]!.id;
}
