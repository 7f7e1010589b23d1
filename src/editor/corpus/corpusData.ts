import * as vscode from 'vscode';
import { corpusData as buildCorpusData, type CorpusData } from '../../core/corpus/corpusData';
import type { IndexedArticle } from '../workspaceIndex';

/** The corpus view's data from the workspace index, articles named relative to the workspace. */
export function corpusData(articles: readonly IndexedArticle[]): CorpusData {
  return buildCorpusData(articles.map(({ uri, view }) => ({ path: vscode.workspace.asRelativePath(uri, false), uri: uri.toString(), view })));
}
