import * as vscode from 'vscode';
import { log } from './log';

let last: string | undefined;

/**
 * Shows a warning notification (Marginalia refused to read an article, a rename skipped a
 * sidecar) and remembers it, so integration tests can check what the user was told.
 */
export function showWarning(message: string): void {
  last = message;
  log().warn(message);
  void vscode.window.showWarningMessage(message);
}

/** The last warning shown. */
export function lastWarning(): string | undefined {
  return last;
}
