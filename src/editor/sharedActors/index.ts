import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articleRegistry';
import { ArticleSession } from '../articleSession';
import { ARTICLE_SELECTOR } from '../navigation/articles';
import { PropertiesHoverProvider } from './propertiesHover';
import { registerSharedActorCommands } from './sharedActorsCommands';
import { SharedActorsStore } from './sharedActorsStore';

export { SharedActorsStore } from './sharedActorsStore';

/**
 * The workspace's shared actors in the editor: every article's view includes them, and is
 * rebuilt at once when they change; the commands that promote an actor and edit properties;
 * the properties in the hover.
 */
export function registerSharedActors(registry: ArticleRegistry, store: SharedActorsStore): vscode.Disposable[] {
  ArticleSession.sharedActors = () => store.current;
  return [
    store,
    store.onDidChange(() => {
      for (const session of registry.all()) session.refreshSharedActors();
    }),
    ...registerSharedActorCommands(registry, store),
    vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new PropertiesHoverProvider(registry, store)),
  ];
}
