import * as vscode from 'vscode';
import type { Span } from '../../core/model';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleSession } from '../articleSession';
import { isArticle } from '../articleFiles';
import { refusalOf } from '../articleGuard';
import { reportError } from '../errorReporter';
import { showWarning } from '../warnings';

/** What a command works on: the active article, its session and the selection as offsets. */
export interface ArticleContext {
  readonly editor: vscode.TextEditor;
  readonly session: ArticleSession;
  readonly selection: Span;
}

/**
 * The article a command works on: the active editor's, or — when `article` names one or more
 * articles (URIs; an outline node passes them) and the active editor is none of them — the first
 * of them, shown without taking the focus.
 */
export async function activeArticle(registry: ArticleRegistry, options: { create: boolean; article?: string | readonly string[] }): Promise<ArticleContext | undefined> {
  let editor = vscode.window.activeTextEditor;
  const wanted = typeof options.article === 'string' ? [options.article] : (options.article ?? []);
  if (wanted.length > 0 && !wanted.includes(editor?.document.uri.toString() ?? '')) {
    editor = await vscode.window.showTextDocument(vscode.Uri.parse(wanted[0]!), { preserveFocus: true, preview: false });
  }
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article (.txt or .md) to annotate it.'));
    return undefined;
  }
  const refusal = isArticle(editor.document) ? refusalOf(editor.document) : undefined;
  if (refusal) {
    showWarning(refusal.message);
    return undefined;
  }
  const session = await registry.sessionFor(editor.document, { create: options.create });
  if (!session) {
    void vscode.window.showInformationMessage(
      options.create
        ? vscode.l10n.t('Marginalia annotates plain text and Markdown files.')
        : vscode.l10n.t('This article has no annotations yet.'),
    );
    return undefined;
  }
  const { document, selection } = editor;
  return { editor, session, selection: { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) } };
}

/** The selection, or the word under the cursor when nothing is selected. */
export function selectionOrWord(context: ArticleContext): Span | undefined {
  if (context.selection.end > context.selection.start) return trimSpan(context.session.view.text, context.selection);
  const document = context.editor.document;
  const range = document.getWordRangeAtPosition(context.editor.selection.active, /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/u);
  return range ? { start: document.offsetAt(range.start), end: document.offsetAt(range.end) } : undefined;
}

/** Leading and trailing white space is never part of an annotation. */
export function trimSpan(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** Runs a command body, turning refusals into a message instead of an unhandled rejection. */
export function guarded<A extends unknown[]>(body: (...args: A) => Promise<unknown>): (...args: A) => Promise<unknown> {
  return async (...args: A) => {
    try {
      return await body(...args);
    } catch (error) {
      reportError(error);
      return undefined;
    }
  };
}
