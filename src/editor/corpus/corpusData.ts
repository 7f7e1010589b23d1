import * as vscode from 'vscode';
import { corpusData as buildCorpusData, type CorpusData } from '../../core/corpus/corpusData';
import type { RowOptions } from '../../core/corpus/rows';
import type { IndexedArticle } from '../workspaceIndex';

/** The corpus view's data from the workspace index, articles named relative to the workspace. */
export function corpusData(articles: readonly IndexedArticle[], options: RowOptions = {}): CorpusData {
  return buildCorpusData(articles.map(({ uri, view }) => ({ path: vscode.workspace.asRelativePath(uri, false), uri: uri.toString(), view })), options);
}
