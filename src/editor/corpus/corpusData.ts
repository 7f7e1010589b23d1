import * as vscode from 'vscode';
import { articleRows } from '../../core/corpus/rows';
import { dateOfArticle } from '../../core/corpus/tally';
import type { IndexedArticle } from '../workspaceIndex';
import type { CorpusData, CorpusQuotation } from './corpusProtocol';

/** The corpus view's data: every quotation of the indexed articles, and who each article mentions. */
export function corpusData(articles: readonly IndexedArticle[]): CorpusData {
  const quotations: CorpusQuotation[] = [];
  const mentions: { article: string; actors: string[] }[] = [];
  const actorNames: Record<string, string> = {};
  for (const { uri, view } of articles) {
    const path = vscode.workspace.asRelativePath(uri, false);
    const rows = articleRows(path, view);
    const date = dateOfArticle(path);
    for (const row of rows.quotations) {
      quotations.push({
        id: `${uri.toString()}#${row.index}`,
        article: path,
        uri: uri.toString(),
        ...(date !== undefined && { date }),
        ...(row.offsets && { start: row.offsets.start, end: row.offsets.end }),
        text: row.text,
        ...(row.speaker !== undefined && { speaker: row.speaker }),
        ...(row.actorId !== undefined && { speakerId: row.actorId }),
        ...(row.actorType !== undefined && { speakerType: row.actorType }),
        kind: row.quoteKind,
        properties: row.properties,
      });
    }
    const mentioned = new Set<string>();
    for (const mention of rows.mentions) {
      mentioned.add(mention.actorId);
      actorNames[mention.actorId] ??= mention.actorName;
    }
    mentions.push({ article: path, actors: [...mentioned] });
  }
  return { quotations, mentions, actorNames, articleCount: articles.length };
}
