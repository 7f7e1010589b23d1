import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import { stepMention, stepQuotation, type Direction, type Jump } from '../../core/navigation';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleSession } from '../articleSession';
import { guarded } from '../commands/context';
import { rangeOf, sessionOf } from './articles';
import { showNotice } from './notice';

/** Optional arguments (hover links, tests): which actor, and from which offset instead of the cursor. */
export interface MoveArgs {
  readonly actorId?: string;
  readonly offset?: number;
}

/**
 * `marginalia.nextMention` / `previousMention` (of the actor under the cursor, else of any
 * actor) and `marginalia.nextQuotation` / `previousQuotation`: the cursor moves to the start
 * of the target, which is revealed; a jump that wraps around says so in the status bar.
 */
export function registerMoveCommands(registry: ArticleRegistry): vscode.Disposable[] {
  const move = (id: string, find: (session: ArticleSession, offset: number, args: MoveArgs) => Jump<Span> | undefined, wrapNotice: (session: ArticleSession, args: MoveArgs, target: Span) => string) =>
    vscode.commands.registerCommand(
      id,
      guarded(async (args?: MoveArgs) => {
        const editor = vscode.window.activeTextEditor;
        const session = editor && (await sessionOf(registry, editor.document));
        if (!editor || !session) return void vscode.window.showInformationMessage(vscode.l10n.t('This article has no annotations yet.'));
        const offset = args?.offset ?? editor.document.offsetAt(editor.selection.active);
        const jump = find(session, offset, args ?? {});
        if (!jump) return void showNotice(vscode.l10n.t('Marginalia: nothing to go to'));
        const range = rangeOf(editor.document, jump.target);
        editor.selection = new vscode.Selection(range.start, range.start);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        if (jump.wrapped) showNotice(wrapNotice(session, args ?? {}, jump.target));
      }),
    );
  const mention = (direction: Direction) => (session: ArticleSession, offset: number, args: MoveArgs) => stepMention(session.view, offset, direction, args.actorId);
  const quotation = (direction: Direction) => (session: ArticleSession, offset: number) => stepQuotation(session.view, offset, direction);
  const actorName = (session: ArticleSession, target: Span) => {
    const id = session.view.mentions.find((m) => m.start === target.start && m.end === target.end)?.actorId;
    return (id && session.view.actorsById.get(id)?.name) ?? '';
  };
  return [
    move('marginalia.nextMention', mention('next'), (s, _a, t) => vscode.l10n.t('Marginalia: wrapped around to the first mention of {0}', actorName(s, t))),
    move('marginalia.previousMention', mention('previous'), (s, _a, t) => vscode.l10n.t('Marginalia: wrapped around to the last mention of {0}', actorName(s, t))),
    move('marginalia.nextQuotation', quotation('next'), () => vscode.l10n.t('Marginalia: wrapped around to the first quotation')),
    move('marginalia.previousQuotation', quotation('previous'), () => vscode.l10n.t('Marginalia: wrapped around to the last quotation')),
  ];
}
