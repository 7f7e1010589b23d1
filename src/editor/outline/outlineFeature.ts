import * as vscode from 'vscode';
import type { ArticleRegistry } from '../articleRegistry';
import type { WorkspaceIndex } from '../workspaceIndex';
import { registerOutlineCommands } from './outlineCommands';
import { OutlineSource } from './outlineSource';
import { OutlineState } from './outlineState';
import { OutlineView } from './outlineView';

/** The view ids: the Marginalia container's outline, and the same outline in the Explorer (opt-in). */
export const OUTLINE_VIEW = 'marginalia.outline';
export const EXPLORER_OUTLINE_VIEW = 'marginalia.outlineExplorer';

export interface OutlineFeature extends vscode.Disposable {
  readonly source: OutlineSource;
  /** The view in the Marginalia container. */
  readonly view: OutlineView;
}

/** Creates the outline: shared state and nodes, one TreeView per view id, its commands. */
export function createOutline(registry: ArticleRegistry, workspace: WorkspaceIndex, memento: vscode.Memento): OutlineFeature {
  const state = new OutlineState(memento);
  const source = new OutlineSource(registry, workspace, state);
  const view = new OutlineView(OUTLINE_VIEW, registry, source, state);
  const explorerView = new OutlineView(EXPLORER_OUTLINE_VIEW, registry, source, state);
  const disposables = [view, explorerView, source, state, ...registerOutlineCommands(source, state)];
  return { source, view, dispose: () => vscode.Disposable.from(...disposables).dispose() };
}
