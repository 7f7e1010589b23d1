import * as vscode from 'vscode';
import { mentionUnder } from '../../core/navigation';
import type { Annotations } from '../../core/model';
import * as ops from '../../core/operations';
import type { ArticleRegistry } from '../articleRegistry';
import type { WorkspaceIndex } from '../workspaceIndex';
import { showWarning } from '../warnings';
import { rangeOf, sessionOf } from './articles';
import { renameInOtherArticles } from './renameAcrossArticles';

/**
 * Rename Symbol (F2) on a mention renames the actor, never the article's text — in this
 * article and in every other annotated article of the workspace whose sidecar has the same
 * actor id (ids are shared between articles: it is the same actor).
 *
 * In this article the rename goes through the session (`renameActor`), like the
 * `marginalia.renameActor` command. Why not a WorkspaceEdit on its sidecar: the session would
 * then see its sidecar change underneath it and reset Marginalia's undo history; going through
 * the session keeps Marginalia: Undo (ctrl+alt+z) working, writes only the actor's entry (the
 * locality-preserving writer), and refreshes decorations at once. Other open articles go
 * through their own sessions for the same reasons. The sidecars of articles that are not open
 * are what the returned WorkspaceEdit changes (only the lines of the actor's entry): VS Code
 * applies them as one operation that Undo reverts, and the rename preview lists them. A
 * sidecar with errors is never written; a warning names it.
 *
 * The id stays unless `marginalia.rename.changeId` is set (or use `marginalia.renameActorId`);
 * when it changes, it changes to the same new id everywhere. The old name is kept as an alias:
 * the article still says it, and its occurrences must stay mentions of the actor.
 */
export class ActorRenameProvider implements vscode.RenameProvider {
  constructor(
    private readonly registry: ArticleRegistry,
    private readonly index: WorkspaceIndex,
  ) {}

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string }> {
    const session = await sessionOf(this.registry, document);
    const mention = session && mentionUnder(session.view, document.offsetAt(position));
    const actor = mention && session.view.actorsById.get(mention.actorId);
    if (!mention || !actor) throw new Error(vscode.l10n.t('Put the cursor on a mention of an actor to rename the actor.'));
    return { range: rangeOf(document, mention), placeholder: actor.name };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
    const session = await sessionOf(this.registry, document);
    const mention = session && mentionUnder(session.view, document.offsetAt(position));
    const actor = mention && session.view.actorsById.get(mention.actorId);
    if (!session || !actor) throw new Error(vscode.l10n.t('Put the cursor on a mention of an actor to rename the actor.'));
    const name = newName.trim();
    const changeId = vscode.workspace.getConfiguration('marginalia', document).get<boolean>('rename.changeId', false);
    if (name === actor.name && !changeId) return new vscode.WorkspaceEdit();
    // The new id is chosen here, once, so that every article gets the same one.
    const id = changeId ? idAfterRename(session.view.annotations, actor.id, name) : undefined;
    const rename = (annotations: Annotations) => ops.renameActor(annotations, actor.id, name, { keepOldNameAsAlias: true, ...(id !== undefined ? { id } : {}) });
    const label = vscode.l10n.t('rename {0}', actor.name);
    await session.update(label, rename);
    const elsewhere = await renameInOtherArticles(this.registry, this.index, document.uri, actor.id, label, rename);
    if (elsewhere.skipped.length > 0) {
      const list = elsewhere.skipped.map(({ sidecar, reason }) => `${vscode.workspace.asRelativePath(sidecar)} (${reason})`).join('; ');
      showWarning(vscode.l10n.t('{0} was renamed, but not in {1}. Fix these sidecars, then rename again.', name, list));
    }
    return elsewhere.edit;
  }
}

/** The id `renameActor` gives the actor when asked to change it to match the new name. */
function idAfterRename(annotations: Annotations, id: string, name: string): string {
  const index = annotations.actors.findIndex((actor) => actor.id === id);
  return ops.renameActor(annotations, id, name, { id: true }).actors[index]!.id;
}
