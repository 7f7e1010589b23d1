import * as vscode from 'vscode';
import { mentionUnder } from '../../core/navigation';
import * as ops from '../../core/operations';
import type { ArticleRegistry } from '../articleRegistry';
import { rangeOf, sessionOf } from './articles';

/**
 * Rename Symbol (F2) on a mention renames the actor, never the article's text.
 *
 * The rename goes through the core and the article's session (`renameActor`), like the
 * `marginalia.renameActor` command, and the provider returns an empty WorkspaceEdit. Why not a
 * WorkspaceEdit on the sidecar file: the session would then see its sidecar change underneath
 * it and reset Marginalia's undo history; going through the session keeps Marginalia: Undo
 * (ctrl+alt+z) working, writes only the actor's entry (the locality-preserving writer), and
 * refreshes decorations at once. The id stays unless `marginalia.rename.changeId` is set (or
 * use `marginalia.renameActorId`): ids are shared with other articles. The old name is kept as
 * an alias: the article still says it, and its occurrences must stay mentions of the actor.
 */
export class ActorRenameProvider implements vscode.RenameProvider {
  constructor(private readonly registry: ArticleRegistry) {}

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
    if (name !== actor.name || changeId) {
      await session.update(`rename ${actor.name}`, (a) => ops.renameActor(a, actor.id, name, { keepOldNameAsAlias: true, ...(changeId ? { id: true as const } : {}) }));
    }
    return new vscode.WorkspaceEdit();
  }
}
