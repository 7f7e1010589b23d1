import * as vscode from 'vscode';
import { mentionsOf, mentionUnder } from '../../core/navigation';
import type { ArticleRegistry } from '../articleRegistry';
import { rangeOf, sessionOf } from './articles';

/**
 * The mentions of the actor under the cursor, highlighted as VS Code highlights a symbol:
 * the one under the cursor as text, the others as reads.
 */
export class MentionHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly registry: ArticleRegistry) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[] | undefined> {
    const session = await sessionOf(this.registry, document);
    const current = session && mentionUnder(session.view, document.offsetAt(position));
    if (!session || !current) return undefined;
    return mentionsOf(session.view, current.actorId).map(
      (m) =>
        new vscode.DocumentHighlight(
          rangeOf(document, m),
          m.start === current.start && m.end === current.end ? vscode.DocumentHighlightKind.Text : vscode.DocumentHighlightKind.Read,
        ),
    );
  }
}
