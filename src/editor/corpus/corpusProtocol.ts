/**
 * The messages between the corpus view's host (corpusPanel.ts, in the extension host) and its
 * page (src/webviews/corpusView, in the webview). Types only: both sides import it. The rows
 * are the core's (core/corpus/rows.ts), so the page counts them with the same aggregations as
 * `marginalia stats`.
 */
import type { MentionRow, QuotationRow } from '../../core/corpus/rows';

/** One quotation of the workspace, as a row of the view's table. */
export interface CorpusQuotation extends QuotationRow {
  /** Unique in the view: the article's URI and the quotation's position in its sidecar. */
  readonly id: string;
  /** The article's URI (the host opens it when the row is chosen). */
  readonly uri: string;
  /** `YYYY-MM-DD` from the article's file name, when it carries one. */
  readonly date?: string;
}

export interface CorpusData {
  readonly quotations: readonly CorpusQuotation[];
  /** One mention per actor and article (enough for "mentioned together"). */
  readonly mentions: readonly MentionRow[];
  readonly articles: readonly string[];
}

export type HostMessage =
  | { readonly type: 'data'; readonly data: CorpusData }
  /** The interface's strings in the display language, sent once before the first data. */
  | { readonly type: 'strings'; readonly strings: Readonly<Record<string, string>> }
  | { readonly type: 'setFilter'; readonly text: string };

export type ViewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'open'; readonly id: string }
  /** After each render: what the table shows, so the host (and its tests) know the page's state. */
  | { readonly type: 'rendered'; readonly shown: number; readonly total: number; readonly filter: string };
