import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import { LineMap } from '../../core/navigation';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleSession } from '../articleSession';

/** The documents the navigation providers serve: articles in plain text and Markdown. */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = ['file', 'untitled', 'vscode-remote'].flatMap((scheme) => [
  { language: 'plaintext', scheme },
  { language: 'markdown', scheme },
]);

/** The session of an annotated article (waiting for it to load), or undefined. */
export function sessionOf(registry: ArticleRegistry, document: vscode.TextDocument): Promise<ArticleSession | undefined> {
  return registry.sessionFor(document, { create: false });
}

export function rangeOf(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/**
 * Turns offsets of an article's text into ranges: through its open document when it is open
 * (and its text is the view's), else by counting lines in the text.
 */
export function rangeMapper(uri: vscode.Uri, text: string): (span: Span) => vscode.Range {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open && open.getText() === text) return (span) => rangeOf(open, span);
  const lines = new LineMap(text);
  return (span) => {
    const start = lines.positionAt(span.start);
    const end = lines.positionAt(span.end);
    return new vscode.Range(start.line, start.character, end.line, end.character);
  };
}
