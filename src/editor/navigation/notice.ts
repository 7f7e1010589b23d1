import * as vscode from 'vscode';

let last: string | undefined;

/** Shows a short notice in the status bar (a jump wrapped around the article) and remembers it for tests. */
export function showNotice(message: string): void {
  last = message;
  vscode.window.setStatusBarMessage(message, 4000);
}

export function lastNotice(): string | undefined {
  return last;
}
