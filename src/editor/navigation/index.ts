import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articleRegistry';
import type { WorkspaceIndex } from '../workspaceIndex';
import { registerActorCommands } from './actorCommands';
import { ARTICLE_SELECTOR } from './articles';
import { MentionDefinitionProvider } from './definitionProvider';
import { ArticleSymbolProvider } from './documentSymbolProvider';
import { MentionHighlightProvider } from './highlightProvider';
import { MentionHoverProvider } from './hoverProvider';
import { registerMoveCommands } from './moveCommands';
import { MentionReferenceProvider } from './referenceProvider';
import { ActorRenameProvider } from './renameProvider';
import { RefreshingSymbolRegistration } from './symbolRefresh';
import { ActorWorkspaceSymbolProvider } from './workspaceSymbolProvider';

/** Navigation by actor and quotation: the commands and the language features on articles. */
export function registerNavigation(registry: ArticleRegistry, index: WorkspaceIndex, symbols: ArticleSymbolProvider): vscode.Disposable[] {
  return [
    ...registerMoveCommands(registry),
    ...registerActorCommands(registry),
    vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, new MentionDefinitionProvider(registry)),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, new MentionReferenceProvider(registry, index)),
    vscode.languages.registerRenameProvider(ARTICLE_SELECTOR, new ActorRenameProvider(registry, index)),
    new RefreshingSymbolRegistration(ARTICLE_SELECTOR, symbols, registry),
    vscode.languages.registerWorkspaceSymbolProvider(new ActorWorkspaceSymbolProvider(index)),
    vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new MentionHoverProvider(registry, index)),
    vscode.languages.registerDocumentHighlightProvider(ARTICLE_SELECTOR, new MentionHighlightProvider(registry)),
  ];
}
