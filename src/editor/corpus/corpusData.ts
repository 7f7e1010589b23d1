import * as vscode from 'vscode';
import { corpusData as buildCorpusData, type CorpusArticle, type CorpusData } from '../../core/corpus/corpusData';
import type { RowOptions } from '../../core/corpus/rows';
import type { IndexedArticle } from '../workspaceIndex';

/** Articles whose views are gathered before the event loop runs again (and progress is reported). */
const BATCH = 100;

/**
 * The corpus view's data from the workspace index, articles named relative to the workspace.
 * Views of articles that are not open are built here on demand (from the index's annotations
 * and the text on disk), a batch at a time; `progress` hears how far it got.
 */
export async function corpusData(articles: readonly IndexedArticle[], options: RowOptions = {}, progress?: (done: number, total: number) => void): Promise<CorpusData> {
  const gathered: CorpusArticle[] = [];
  for (let at = 0; at < articles.length; at += BATCH) {
    const batch = articles.slice(at, at + BATCH);
    const views = await Promise.all(batch.map((article) => article.view()));
    batch.forEach(({ uri }, i) => {
      const view = views[i];
      if (view) gathered.push({ path: vscode.workspace.asRelativePath(uri, false), uri: uri.toString(), view });
    });
    progress?.(at + batch.length, articles.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return buildCorpusData(gathered, options);
}
