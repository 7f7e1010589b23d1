import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspaceIndex';
import { symbolKindOf } from './symbolKinds';

/**
 * Go to Symbol in Workspace (Ctrl+T): the actors of every annotated article, one entry per
 * article, at the actor's first mention there (or at the sidecar when the text never names it);
 * a shared actor where it is mentioned, or at its entry in `marginalia.actors.yaml`.
 */
export class ActorWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  async provideWorkspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
    // From the index's inverted index: no article is read or viewed to answer.
    return (await this.index.symbols(query)).map((hit) => {
      const container = `${hit.actor.type} · ${vscode.workspace.asRelativePath(hit.uri)}`;
      return new vscode.SymbolInformation(hit.actor.name, symbolKindOf(hit.actor.type), container, hit.location);
    });
  }
}
