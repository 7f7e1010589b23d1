import * as vscode from 'vscode';
import { mentionUnder } from '../../core/navigation';
import * as ops from '../../core/operations';
import type { ArticleRegistry } from '../articleRegistry';
import { activeArticle, guarded } from '../commands/context';
import { pickExistingActor } from '../commands/pickers';

export interface ActorIdArgs {
  readonly actorId?: string;
  /** The new id (tests); otherwise asked. */
  readonly id?: string;
}
export interface AliasArgs {
  readonly actorId?: string;
  /** The alias (tests); otherwise asked. */
  readonly alias?: string;
}

/**
 * `marginalia.renameActorId`: changes the id of the actor under the cursor (speakers follow);
 * `marginalia.addAliasByName`: adds an alias typed in an input box (from the hover card, where
 * there is no selection to take it from).
 */
export function registerActorCommands(registry: ArticleRegistry): vscode.Disposable[] {
  const actorOf = async (actorId: string | undefined, title: string) => {
    const context = await activeArticle(registry, { create: false });
    if (!context) return undefined;
    const view = context.session.view;
    const id = actorId ?? mentionUnder(view, context.selection.start)?.actorId ?? (await pickExistingActor(view, title))?.id;
    const actor = id === undefined ? undefined : view.actorsById.get(id);
    return actor && { session: context.session, actor };
  };
  return [
    vscode.commands.registerCommand(
      'marginalia.renameActorId',
      guarded(async (args: ActorIdArgs = {}) => {
        const found = await actorOf(args.actorId, vscode.l10n.t('Change the id of…'));
        if (!found) return;
        const { session, actor } = found;
        const id = args.id ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('New id of {0}', actor.name), value: actor.id, prompt: vscode.l10n.t('The same id in two articles is the same actor.') }));
        if (!id || id === actor.id) return;
        await session.update(vscode.l10n.t('id of {0}', actor.name), (a) => ops.changeActorId(a, actor.id, id.trim()));
      }),
    ),
    vscode.commands.registerCommand(
      'marginalia.addAliasByName',
      guarded(async (args: AliasArgs = {}) => {
        const found = await actorOf(args.actorId, vscode.l10n.t('Add an alias to…'));
        if (!found) return;
        const { session, actor } = found;
        const alias = args.alias ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('New alias of {0}', actor.name) }));
        if (!alias?.trim()) return;
        await session.update(vscode.l10n.t('alias {0}', alias.trim()), (a) => ops.addAlias(a, actor.id, alias.trim()));
      }),
    ),
  ];
}
