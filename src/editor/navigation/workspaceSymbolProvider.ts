import * as vscode from 'vscode';
import { findActors } from '../../core/navigation';
import { sidecarUriFor } from '../articleFiles';
import type { WorkspaceIndex } from '../workspaceIndex';
import { rangeMapper } from './articles';
import { symbolKindOf } from './symbolKinds';

/**
 * Go to Symbol in Workspace (Ctrl+T): the actors of every annotated article, one entry per
 * article, at the actor's first mention there (or at the sidecar when the text never names it).
 */
export class ActorWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  async provideWorkspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
    const articles = (await this.index.all()).map((a) => ({ key: a.uri, view: a.view }));
    return findActors(articles, query).map((hit) => {
      const container = `${hit.actor.type} · ${vscode.workspace.asRelativePath(hit.key)}`;
      const location = hit.first
        ? new vscode.Location(hit.key, rangeMapper(hit.key, hit.text)(hit.first))
        : new vscode.Location(sidecarUriFor(hit.key), new vscode.Position(0, 0));
      return new vscode.SymbolInformation(hit.actor.name, symbolKindOf(hit.actor.type), container, location);
    });
  }
}
