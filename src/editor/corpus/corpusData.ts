import * as vscode from 'vscode';
import { articleRows, type MentionRow } from '../../core/corpus/rows';
import { dateOfArticle } from '../../core/corpus/overTime';
import type { IndexedArticle } from '../workspaceIndex';
import type { CorpusData, CorpusQuotation } from './corpusProtocol';

/** The corpus view's data: every quotation of the indexed articles, and who each article mentions. */
export function corpusData(articles: readonly IndexedArticle[]): CorpusData {
  const quotations: CorpusQuotation[] = [];
  const mentions: MentionRow[] = [];
  const paths: string[] = [];
  for (const { uri, view } of articles) {
    const path = vscode.workspace.asRelativePath(uri, false);
    paths.push(path);
    const rows = articleRows(path, view);
    const date = dateOfArticle(path);
    for (const row of rows.quotations) {
      quotations.push({ ...row, id: `${uri.toString()}#${row.index}`, uri: uri.toString(), ...(date !== undefined && { date }) });
    }
    // The page only asks who is mentioned together: one row per actor of the article is enough.
    const seen = new Set<string>();
    for (const mention of rows.mentions) {
      if (seen.has(mention.actorId)) continue;
      seen.add(mention.actorId);
      mentions.push(mention);
    }
  }
  return { quotations, mentions, articles: paths };
}
