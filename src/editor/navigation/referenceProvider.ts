import * as vscode from 'vscode';
import { mentionUnder, occurrencesAcross } from '../../core/navigation';
import type { ArticleRegistry } from '../articleRegistry';
import type { WorkspaceIndex } from '../workspaceIndex';
import { rangeMapper, sessionOf } from './articles';

/**
 * Find All References on a mention: every mention of the actor (the same id) in every
 * annotated article of the workspace; VS Code groups them by file.
 */
export class MentionReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly registry: ArticleRegistry, private readonly index: WorkspaceIndex) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[] | undefined> {
    const session = await sessionOf(this.registry, document);
    const mention = session && mentionUnder(session.view, document.offsetAt(position));
    if (!mention) return undefined;
    const articles = (await this.index.all()).map((a) => ({ key: a.uri, view: a.view }));
    const locations: vscode.Location[] = [];
    for (const found of occurrencesAcross(articles, mention.actorId)) {
      const toRange = rangeMapper(found.key, found.text);
      for (const m of found.mentions) locations.push(new vscode.Location(found.key, toRange(m)));
    }
    return locations;
  }
}
