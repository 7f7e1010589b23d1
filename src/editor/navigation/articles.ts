import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import { LineMap } from '../../core/navigation';
import { exists, isArticle, openDocument, sidecarUriFor } from '../articleFiles';
import { refusalOf } from '../articleGuard';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleSession } from '../articleSession';

/**
 * The documents the navigation providers serve: plain text and Markdown of any scheme (the
 * providers answer for articles only, see isArticle: virtual file systems hold articles too).
 */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];

/** How long a provider waits for the registry to pick up an article that was just opened. */
const LOAD_WAIT_MS = 3000;

/**
 * The session of an annotated article (waiting for it to load), or undefined.
 * VS Code asks for symbols and highlights as soon as an editor opens, before the registry has
 * even checked for a sidecar; an empty answer then would be cached (the Outline, breadcrumbs),
 * so for an article with a sidecar this waits until the registry has loaded it.
 */
export async function sessionOf(registry: ArticleRegistry, document: vscode.TextDocument): Promise<ArticleSession | undefined> {
  const session = await registry.sessionFor(document, { create: false });
  if (session || !isArticle(document) || refusalOf(document) || !(await exists(sidecarUriFor(document.uri)))) return session;
  return new Promise((resolve) => {
    const done = (found: ArticleSession | undefined) => {
      subscription.dispose();
      clearTimeout(timer);
      resolve(found);
    };
    const subscription = registry.onDidChange((changed) => {
      if (changed.document === document) done(changed);
    });
    const timer = setTimeout(() => done(registry.get(document.uri)), LOAD_WAIT_MS);
    const loaded = registry.get(document.uri);
    if (loaded) done(loaded);
  });
}

export function rangeOf(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/**
 * Turns offsets of an article's text into ranges: through its open document when it is open
 * (and its text is the view's), else by counting lines in the text.
 */
export function rangeMapper(uri: vscode.Uri, text: string): (span: Span) => vscode.Range {
  const open = openDocument(uri);
  if (open && open.getText() === text) return (span) => rangeOf(open, span);
  const lines = new LineMap(text);
  return (span) => {
    const start = lines.positionAt(span.start);
    const end = lines.positionAt(span.end);
    return new vscode.Range(start.line, start.character, end.line, end.character);
  };
}
