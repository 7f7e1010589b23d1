import * as vscode from 'vscode';
import type { ArticleView } from '../../core/article/view';
import type { Actor } from '../../core/model';
import { actorTypeStyles } from '../actorTypes';

export type ActorChoice = { readonly actorId: string } | { readonly newType: string } | { readonly fromWorkspace: Actor };

/**
 * One QuickPick for "which actor is this?": new actor of each type first, then the existing
 * actors, fuzzy-matched on name, type and aliases; the selected text is the initial filter.
 */
export async function pickActor(
  view: ArticleView,
  selectedText: string,
  title: string,
  options: { allowNew: boolean; elsewhere?: readonly Actor[] },
): Promise<ActorChoice | undefined> {
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
  // Actors of the other articles: the workspace shares one set of actors.
  const elsewhere: Item[] = [...(options.elsewhere ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((actor) => ({
      label: actor.name,
      description: actor.type,
      detail: actor.aliases.length > 0 ? actor.aliases.join(', ') : undefined,
      choice: { fromWorkspace: actor },
    }));
  const items: Item[] = [
    ...newItems,
    ...(existing.length > 0 ? [{ label: vscode.l10n.t('Existing actors'), kind: vscode.QuickPickItemKind.Separator } as Item] : []),
    ...existing,
    ...(elsewhere.length > 0 ? [{ label: vscode.l10n.t('Actors of other articles'), kind: vscode.QuickPickItemKind.Separator } as Item] : []),
    ...elsewhere,
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: selectedText, matchOnDescription: true, matchOnDetail: true });
  return picked?.choice;
}

/**
 * A QuickPick that also returns what the user typed in its filter, so that a follow-up input
 * ("Other speaker…", "New topic…") starts from it instead of losing it.
 */
export function pickWithFilter<T extends vscode.QuickPickItem>(
  items: readonly T[],
  options: { title: string; placeholder?: string; matchOnDescription?: boolean; matchOnDetail?: boolean },
): Promise<{ item: T; filter: string } | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.items = items;
  pick.title = options.title;
  if (options.placeholder) pick.placeholder = options.placeholder;
  pick.matchOnDescription = options.matchOnDescription ?? false;
  pick.matchOnDetail = options.matchOnDetail ?? false;
  return new Promise((resolve) => {
    let result: { item: T; filter: string } | undefined;
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0] ?? pick.activeItems[0];
      if (item) result = { item, filter: pick.value.trim() };
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(result);
    });
    pick.show();
  });
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
