import * as vscode from 'vscode';
import { mentionUnder } from '../../core/navigation';
import type { ArticleRegistry } from '../articleRegistry';
import type { WorkspaceIndex } from '../workspaceIndex';
import { rangeOf, sessionOf } from './articles';
import { renameActorEverywhere } from './renameEverywhere';

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
    return renameActorEverywhere(this.registry, this.index, session, actor, name, changeId);
  }
}
