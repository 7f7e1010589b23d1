import * as vscode from 'vscode';
import { actorEntryPosition, firstMention, mentionUnder } from '../../core/navigation';
import type { ArticleRegistry } from '../articleRegistry';
import { rangeOf, sessionOf } from './articles';

/**
 * Go to Definition on a mention: the actor's first mention in the article; from the first
 * mention itself (Go to Definition invoked again), or with `marginalia.definitionTarget` set to
 * `sidecar`, the actor's entry in the sidecar. Returns a LocationLink, so Peek works too.
 */
export class MentionDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly registry: ArticleRegistry) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const session = await sessionOf(this.registry, document);
    const mention = session && mentionUnder(session.view, document.offsetAt(position));
    if (!session || !mention) return undefined;
    const origin = rangeOf(document, mention);
    const first = firstMention(session.view, mention.actorId)!;
    const target = vscode.workspace.getConfiguration('marginalia', document).get<string>('definitionTarget', 'firstMention');
    const onFirst = first.start === mention.start && first.end === mention.end;
    if (target === 'sidecar' || onFirst) {
      const sidecar = session.parsedSidecar;
      const entry = sidecar !== undefined ? actorEntryPosition(sidecar, mention.actorId) : undefined;
      if (entry) {
        const at = new vscode.Position(entry.line, entry.character);
        const key = new vscode.Range(at, at.translate(0, mention.actorId.length));
        return [{ originSelectionRange: origin, targetUri: session.sidecarUri, targetRange: key, targetSelectionRange: key }];
      }
    }
    const range = rangeOf(document, first);
    return [{ originSelectionRange: origin, targetUri: document.uri, targetRange: range, targetSelectionRange: range }];
  }
}
