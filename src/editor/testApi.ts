import * as vscode from 'vscode';
import type { ArticleView } from '../core/article/view';
import type { ArticleRegistry } from './articleRegistry';
import type { ActorDecorations } from './decorations';
import type { OutlineFeature } from './outline/outlineFeature';
import { outlineTestApi, type OutlineTestApi } from './outline/outlineTestApi';
import type { AnnotationStatusBar } from './statusBar';

/**
 * What `activate()` returns: read-only views of what the user sees, so integration tests can
 * assert on decorations, the status bar and the model without reaching into internals.
 */
export interface MarginaliaApi {
  readonly version: string;
  /** Waits until the article's annotations are loaded; undefined when it has none. */
  articleView(document: vscode.TextDocument): Promise<ArticleView | undefined>;
  /** Decorated ranges in an editor by key: `actor:<type>`, `quotation:<type>`, `quotation:unattributed`. */
  decorations(editor: vscode.TextEditor): Record<string, vscode.Range[]>;
  statusBarText(): string | undefined;
  /** The outline tree as the user sees it (see outlineTestApi.ts). */
  readonly outline: OutlineTestApi;
}

export function createTestApi(
  version: string,
  registry: ArticleRegistry,
  decorations: ActorDecorations,
  statusBar: AnnotationStatusBar,
  outline: OutlineFeature,
): MarginaliaApi {
  return {
    version,
    async articleView(document) {
      return (await registry.sessionFor(document, { create: false }))?.view;
    },
    decorations(editor) {
      return Object.fromEntries([...decorations.rangesOf(editor)].map(([key, ranges]) => [key, [...ranges]]));
    },
    statusBarText: () => statusBar.text,
    outline: outlineTestApi(outline),
  };
}
