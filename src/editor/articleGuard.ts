import * as vscode from 'vscode';
import { checkArticleText, MAX_TEXT_LENGTH, mebi } from '../core/sidecar';

/** Why Marginalia does not read a document, in the words shown to the user. */
export interface Refusal {
  readonly code: 'too-large' | 'binary';
  readonly message: string;
}

/**
 * The limit in force. Only the integration tests lower it (through the test API): opening a
 * file of the real limit (16 Mi characters) in every run would cost seconds for nothing the
 * smaller file does not show. Not a user setting.
 */
let maxLength = MAX_TEXT_LENGTH;

/** Tests only: a smaller limit for the editor's guard, or `undefined` for the real one. */
export function setMaxArticleLength(length: number | undefined): void {
  maxLength = length ?? MAX_TEXT_LENGTH;
}

/** The limit in force (the workspace index skips larger articles too). */
export function maxArticleLength(): number {
  return maxLength;
}

const checked = new WeakMap<vscode.TextDocument, { version: number; limit: number; refusal: Refusal | undefined }>();

/**
 * Why Marginalia will not annotate this document (too large, or binary: a NUL character), or
 * undefined when it may. The rule is the CLI's (`checkArticleText`, `marginalia check`); the
 * answer is kept per document version, so asking again costs nothing until the text changes.
 */
export function refusalOf(document: vscode.TextDocument): Refusal | undefined {
  const known = checked.get(document);
  if (known && known.version === document.version && known.limit === maxLength) return known.refusal;
  const text = document.getText();
  const problem = checkArticleText(text, maxLength)[0];
  const name = vscode.workspace.asRelativePath(document.uri);
  let refusal: Refusal | undefined;
  if (problem?.code === 'too-large') {
    refusal = {
      code: 'too-large',
      message: vscode.l10n.t('Marginalia does not annotate {0}: it is too large ({1} Mi characters; the limit is {2} Mi).', name, mebi(text.length), mebi(maxLength)),
    };
  } else if (problem?.code === 'binary') {
    refusal = {
      code: 'binary',
      message: vscode.l10n.t('Marginalia does not annotate {0}: it looks binary (a NUL character at line {1}, column {2}).', name, problem.line, problem.column),
    };
  }
  checked.set(document, { version: document.version, limit: maxLength, refusal });
  return refusal;
}
