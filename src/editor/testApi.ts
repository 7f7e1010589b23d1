import type { ArticleRegistry } from './articleRegistry';
import type { CompareFeature } from './compare/compareCommands';
import type { CorpusView } from './corpus/corpusPanel';
import { setMaxArticleLength } from './articleGuard';
import type { ActorDecorations } from './decorations';
import type { ArticleSymbolProvider } from './navigation/documentSymbolProvider';
import { lastNotice } from './navigation/notice';
import type { OutlineFeature } from './outline/outlineFeature';
import type { AnnotationStatusBar } from './statusBar';
import type { SuggestionRuns } from './suggestions';
import type { SuggestionDecorations } from './suggestions/suggestionDecorations';
import { lastWarning } from './warnings';
import type { WorkspaceIndex } from './workspaceIndex';

/**
 * What `activate()` returns in extension mode Test only: the product's own read-only queries
 * (and one knob, the article size limit), which test/integration/marginaliaApi.ts turns into
 * the API the integration tests read what the user sees through.
 */
export interface TestHooks {
  readonly version: string;
  readonly registry: Pick<ArticleRegistry, 'sessionFor'>;
  readonly decorations: Pick<ActorDecorations, 'rangesOf'>;
  readonly suggestions: Pick<SuggestionDecorations, 'rangesOf' | 'hoverAt'>;
  /** Where suggestions were computed, the stale results discarded, and a knob to slow the worker. */
  readonly suggestionRuns: SuggestionRuns;
  readonly statusBar: Pick<AnnotationStatusBar, 'text'>;
  readonly outline: Pick<OutlineFeature, 'source' | 'view'>;
  readonly symbols: Pick<ArticleSymbolProvider, 'requests'>;
  /** What the corpus view's page showed after its last render, and its search box. */
  readonly corpusView: Pick<CorpusView, 'lastRendered' | 'setFilter'>;
  /** Absent in the web worker host (the comparison needs git). */
  readonly compare?: Pick<CompareFeature, 'decorations' | 'statusBarText' | 'tree'>;
  /** How the workspace index got its entries (persisted or parsed), its wait for quiet, and a start over as at the next start. */
  readonly workspaceIndex: Pick<WorkspaceIndex, 'lastBuild' | 'idle' | 'restart'>;
  readonly lastNotice: typeof lastNotice;
  readonly lastWarning: typeof lastWarning;
  /** Lowers the size limit of articles, so a test can show the refusal without a 16 MB file. */
  readonly setMaxArticleLength: typeof setMaxArticleLength;
  /** Wall time `activate()` took, from its first line to its return (ms). */
  readonly activationMs?: number;
}

export function testHooks(parts: Omit<TestHooks, 'lastNotice' | 'lastWarning' | 'setMaxArticleLength'>): TestHooks {
  return { ...parts, lastNotice, lastWarning, setMaxArticleLength };
}
