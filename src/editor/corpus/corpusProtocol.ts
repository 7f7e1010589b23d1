/**
 * The messages between the corpus view's host (corpusPanel.ts, in the extension host) and its
 * page (src/webviews/corpusView, in the webview). Types only: both sides import it. The rows
 * are the core's (core/corpus/rows.ts), so the page counts them with the same aggregations as
 * `marginalia stats`.
 */
import type { CorpusData } from '../../core/corpus/corpusData';

export type { CorpusData, CorpusQuotation } from '../../core/corpus/corpusData';

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
