import * as vscode from 'vscode';
import { mentionUnder } from '../../core/navigation';
import type { ArticleRegistry } from '../articleRegistry';
import { rangeOf, sessionOf } from '../navigation/articles';
import type { SharedActorsStore } from './sharedActorsStore';

/**
 * The properties of a shared actor, in the hover of its mentions (beside the actor's card,
 * which VS Code shows in the same hover).
 */
export class PropertiesHoverProvider implements vscode.HoverProvider {
  constructor(private readonly registry: ArticleRegistry, private readonly store: SharedActorsStore) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const session = await sessionOf(this.registry, document);
    const mention = session && mentionUnder(session.view, document.offsetAt(position));
    if (!mention) return undefined;
    const actor = this.store.current.actors.find((candidate) => candidate.id === mention.actorId);
    const properties = actor ? Object.entries(actor.properties) : [];
    if (properties.length === 0) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`*${vscode.l10n.t('Properties (shared actor):')}*\n\n`);
    for (const [name, value] of properties) md.appendMarkdown('- ').appendText(name).appendMarkdown(': **').appendText(value).appendMarkdown('**\n');
    return new vscode.Hover(md, rangeOf(document, mention));
  }
}
