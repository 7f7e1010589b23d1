import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import { openDocument } from '../articleFiles';
import { refusalOf } from '../articleGuard';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleSession } from '../articleSession';

/** The document of an article, by the key the outline gives it (its URI). */
export async function openArticle(key: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.parse(key);
  return openDocument(uri) ?? vscode.workspace.openTextDocument(uri);
}

/** The annotation session of an article shown in the outline (loading it when it is not open). */
export async function sessionOf(registry: ArticleRegistry, key: string): Promise<ArticleSession> {
  const document = await openArticle(key);
  const session = registry.get(document.uri) ?? (await registry.sessionFor(document, { create: true }));
  if (!session) throw new Error(refusalOf(document)?.message ?? `${vscode.workspace.asRelativePath(document.uri)} cannot be annotated`);
  return session;
}

/** Shows the article and selects the span, leaving the focus where it is (in the tree). */
export async function revealSpan(key: string, span: Span, options: { preserveFocus: boolean } = { preserveFocus: true }): Promise<vscode.TextEditor> {
  const document = await openArticle(key);
  const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: options.preserveFocus, preview: false, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
