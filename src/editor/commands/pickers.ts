import * as vscode from 'vscode';
import type { ArticleView } from '../../core/article/view';
import type { Actor } from '../../core/model';
import { actorTypeStyles } from '../actorTypes';

export type ActorChoice = { readonly actorId: string } | { readonly newType: string };

/**
 * One QuickPick for "which actor is this?": new actor of each type first, then the existing
 * actors, fuzzy-matched on name, type and aliases; the selected text is the initial filter.
 */
export async function pickActor(view: ArticleView, selectedText: string, title: string, options: { allowNew: boolean }): Promise<ActorChoice | undefined> {
  type Item = vscode.QuickPickItem & { choice?: ActorChoice };
  const newItems: Item[] = options.allowNew
    ? actorTypeStyles().map((style) => ({
        label: `$(${style.icon}) ${vscode.l10n.t('New {0}: {1}', style.label, selectedText)}`,
        alwaysShow: true,
        choice: { newType: style.type },
      }))
    : [];
  const existing: Item[] = [...view.annotations.actors]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((actor) => ({
      label: actor.name,
      description: actor.type,
      detail: actor.aliases.length > 0 ? actor.aliases.join(', ') : undefined,
      choice: { actorId: actor.id },
    }));
  const items: Item[] = [
    ...newItems,
    ...(existing.length > 0 ? [{ label: vscode.l10n.t('Existing actors'), kind: vscode.QuickPickItemKind.Separator } as Item] : []),
    ...existing,
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: selectedText, matchOnDescription: true, matchOnDetail: true });
  return picked?.choice;
}

export async function pickExistingActor(view: ArticleView, title: string, exclude?: string): Promise<Actor | undefined> {
  const actors = view.annotations.actors.filter((a) => a.id !== exclude);
  if (actors.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No actors yet: annotate one first.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    actors.map((actor) => ({ label: actor.name, description: actor.type, detail: actor.aliases.join(', ') || undefined, actor })),
    { title, matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.actor;
}

export async function pickType(current: string | undefined, title: string): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    actorTypeStyles().map((style) => ({
      label: `$(${style.icon}) ${style.label}`,
      description: style.type === current ? vscode.l10n.t('current') : undefined,
      type: style.type,
    })),
    { title },
  );
  return picked?.type;
}
