import * as vscode from 'vscode';
import { mentionUnder } from '../../core/navigation';
import type { ArticleRegistry } from '../articleRegistry';
import type { WorkspaceIndex } from '../workspaceIndex';
import { sessionOf } from './articles';

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
    // From the index: the mention ranges it keeps per actor and article, no view built.
    const locations: vscode.Location[] = [];
    for (const { uri, ranges } of await this.index.references(mention.actorId)) {
      for (const range of ranges) locations.push(new vscode.Location(uri, range));
    }
    return locations;
  }
}
