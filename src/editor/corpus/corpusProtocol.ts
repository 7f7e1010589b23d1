/**
 * The messages between the corpus view's host (corpusPanel.ts, in the extension host) and its
 * page (src/webviews/corpusView, in the webview). Types only: both sides import it.
 */

/** One quotation of the workspace, as a row of the view's table. */
export interface CorpusQuotation {
  /** Unique in the view: the article and the quotation's position in its sidecar. */
  readonly id: string;
  /** Workspace-relative path of the article, as shown. */
  readonly article: string;
  /** The article's URI (the host opens it when the row is chosen). */
  readonly uri: string;
  /** `YYYY-MM-DD` from the article's file name, when it carries one. */
  readonly date?: string;
  /** UTF-16 offsets of the quotation in the article; absent for an orphan. */
  readonly start?: number;
  readonly end?: number;
  readonly text: string;
  readonly speaker?: string;
  readonly speakerId?: string;
  /** The speaker's actor type (person, organization…) when the speaker is an actor. */
  readonly speakerType?: string;
  readonly kind: 'direct' | 'indirect';
  /** The speaker's properties (gender, party…), when the actor has some. */
  readonly properties: Readonly<Record<string, string>>;
}

export interface CorpusData {
  readonly quotations: readonly CorpusQuotation[];
  /** Per article: the ids of the actors it mentions, for "mentioned together". */
  readonly mentions: readonly { readonly article: string; readonly actors: readonly string[] }[];
  /** Display names of the actors, by id. */
  readonly actorNames: Readonly<Record<string, string>>;
  readonly articleCount: number;
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
