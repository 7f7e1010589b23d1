import type * as vscode from 'vscode';

/**
 * The document's length from its line model: `getText()` would copy the whole text, and so
 * would the view's `text` after live edits, on every keystroke of a long article.
 */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
