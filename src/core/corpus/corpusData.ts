/**
 * What the corpus view shows, built from the articles the workspace index holds: every
 * quotation as a row (with the article's date and a stable id) and one mention per actor and
 * article (enough to tell who is mentioned together). Pure: the editor names the articles.
 */
import type { ArticleView } from '../article/view';
import { dateOfArticle } from './overTime';
import { articleRows, type MentionRow, type QuotationRow, type RowOptions } from './rows';

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
  /** One mention per actor and article. */
  readonly mentions: readonly MentionRow[];
  readonly articles: readonly string[];
}

export interface CorpusArticle {
  /** As shown: relative to the workspace. */
  readonly path: string;
  readonly uri: string;
  readonly view: ArticleView;
}

/** `options.propertiesOf`: the actors' properties (from the workspace's shared actors). */
export function corpusData(articles: readonly CorpusArticle[], options: RowOptions = {}): CorpusData {
  const quotations: CorpusQuotation[] = [];
  const mentions: MentionRow[] = [];
  for (const { path, uri, view } of articles) {
    const rows = articleRows(path, view, options);
    const date = dateOfArticle(path);
    for (const row of rows.quotations) quotations.push({ ...row, id: `${uri}#${row.index}`, uri, ...(date !== undefined && { date }) });
    const seen = new Set<string>();
    for (const mention of rows.mentions) {
      if (seen.has(mention.actorId)) continue;
      seen.add(mention.actorId);
      mentions.push(mention);
    }
  }
  return { quotations, mentions, articles: articles.map((a) => a.path) };
}
