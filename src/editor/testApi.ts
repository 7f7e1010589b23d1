import * as vscode from 'vscode';
import type { ArticleView } from '../core/article/view';
import type { ArticleRegistry } from './articleRegistry';
import type { CorpusView, CorpusViewState } from './corpus/corpusPanel';
import type { ActorDecorations } from './decorations';
import type { OutlineFeature } from './outline/outlineFeature';
import { outlineTestApi, type OutlineTestApi } from './outline/outlineTestApi';
import type { AnnotationStatusBar } from './statusBar';
import { lastNotice } from './navigation/notice';
import { setMaxArticleLength } from './articleGuard';
import { lastWarning } from './warnings';
import type { Suggestions } from './suggestions';
import type { ArticleSymbolProvider } from './navigation/documentSymbolProvider';
import type { CompareFeature } from './compare/compareCommands';

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
  /** The last notice of a navigation command (e.g. a jump that wrapped around the article). */
  navigationNotice(): string | undefined;
  /** Wall time `activate()` took, from its first line to its return (ms). */
  readonly activationMs?: number;
  /** Suggestion ranges drawn in an editor, by kind (`person`, `organization`, …, `quotation`). */
  suggestions(editor: vscode.TextEditor): Record<string, vscode.Range[]>;
  /** The hover text (Markdown) of the suggestion drawn at a position, as VS Code shows it. */
  suggestionHover(editor: vscode.TextEditor, position: vscode.Position): string | undefined;
  /** The outline tree as the user sees it (see outlineTestApi.ts). */
  readonly outline: OutlineTestApi;
  /** The last warning notification Marginalia showed (a refused article, a sidecar a rename skipped). */
  lastWarning(): string | undefined;
  /**
   * Tests only: lowers the size limit of articles (undefined: back to the real 16 Mi
   * characters), so a test can show the refusal without opening a 16 MB file.
   */
  setMaxArticleLength(length: number | undefined): void;
  /** How many times VS Code has asked for articles' document symbols (Outline view, breadcrumbs). */
  documentSymbolRequests(): number;
  /** The corpus view: what its page showed after its last render, and its search box. */
  readonly corpusView: {
    state(): CorpusViewState | undefined;
    /** Puts text in the page's search box; the page filters and reports as when the user types. */
    search(text: string): void;
  };
  /** The comparison with another branch drawn in an editor: ranges by key (`both`, `onlyHere`, `onlyThere`) and the status bar text. */
  comparison(editor: vscode.TextEditor): { ranges: Record<string, vscode.Range[]>; statusBarText: string | undefined };
}

export function createTestApi(
  version: string,
  registry: ArticleRegistry,
  decorations: ActorDecorations,
  statusBar: AnnotationStatusBar,
  suggestions: Suggestions,
  outline: OutlineFeature,
  symbols: ArticleSymbolProvider,
  corpusView: CorpusView,
  compare: CompareFeature,
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
    navigationNotice: lastNotice,
    suggestions(editor) {
      return Object.fromEntries([...suggestions.decorations.rangesOf(editor)].map(([kind, ranges]) => [kind, [...ranges]]));
    },
    suggestionHover: (editor, position) => suggestions.decorations.hoverAt(editor, position),
    outline: outlineTestApi(outline),
    lastWarning,
    setMaxArticleLength,
    documentSymbolRequests: () => symbols.requests,
    corpusView: { state: () => corpusView.lastRendered, search: (text) => corpusView.setFilter(text) },
    comparison: (editor) => ({
      ranges: Object.fromEntries([...compare.decorations.rangesOf(editor)].map(([key, ranges]) => [key, [...ranges]])),
      statusBarText: compare.statusBarText(),
    }),
  };
}
